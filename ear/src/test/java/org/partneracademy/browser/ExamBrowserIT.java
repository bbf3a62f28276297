package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;

/**
 * A new learner finds the demo exam EXAM-PRODUCT-100 under "My exams", starts it, answers its eight
 * questions of six kinds right (V8__demo_assessments.sql lists the answers) and submits: the result page
 * says Passed with 100 %. Every page passes the accessibility check on the way.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class ExamBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aLearnerTakesAndPassesTheDemoExam() {
        String learner = EnrollmentFixtures.team(1).learners().get(0);
        LoginPage.open(browser).signIn(learner, EnrollmentFixtures.LEARNER_PASSWORD);
        new MyLearningPage(browser);

        var exam = MyExamsPage.fromMenu(browser).openExam("Product Tour 2026 exam").start();
        assertThat(exam.timeLeft()).matches("(19|20):\\d\\d");
        exam.choose(1, "Usage-based")
                .choose(2, "Dashboards").choose(2, "Alerts")
                .choose(3, "True")
                .match(4, "Starter", "1 site").match(4, "Business", "10 sites").match(4, "Enterprise", "Unlimited sites")
                .rank(5, "Install", 1).rank(5, "Configure", 2).rank(5, "Verify", 3)
                .write(6, "Connector")
                .choose(7, "Cloud console")
                .choose(8, "False");
        var result = exam.submit();

        assertThat(result.outcome()).isEqualTo("Passed");
        assertThat(result.score()).isEqualTo("100.00 %");
    }
}
