package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.PanelFixtures;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.Sessions;
import org.partneracademy.it.support.TrainerFixtures;

/**
 * The journey in a real browser, on a real candidacy (walked to its observed delivery over REST):
 * a training leader opens the sign-off inbox, scores the rubric and signs off; the panel passes and the
 * process authorises the trainer, who sees the course under My authorisations; the vendor admin, who
 * could not pick the trainer as lead instructor before, now picks them in the session editor and saves.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class PanelToLeadInstructorBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aLeaderSignsOffAndTheTrainerBecomesALeadInstructor() {
        var course = Sessions.publishedIltCourse();
        PanelFixtures.standard(course.code(), PanelFixtures.rubric());
        var candidate = TrainerFixtures.atObservedDelivery(course, TrainerFixtures.newFabrikamTrainer());
        var leader = PanelFixtures.leader(null);
        PanelFixtures.schedule(candidate.candidacyId(), List.of(leader));
        long session = Sessions.create("admin", TrainerFixtures.fabrikamSession(course.publicOffering(), Sessions.inDays(60),
                List.of(candidate.leadId()), List.of()));

        LoginPage.open(browser).signIn("admin");
        new CourseAdminPage(browser);
        var editor = SessionEditorPage.open(browser, session);
        assertThat(editor.offersLead(candidate.displayName())).as("not authorised yet").isFalse();
        editor.signOut();

        LoginPage.open(browser).signIn(leader.username());
        var form = new LeaderInboxPage(browser).openSignOffs().open(candidate.displayName());
        var decisions = form.score("Clarity", 4).score("Labs", 4).comments("Clear and well prepared").signOff();
        assertThat(decisions.comments()).contains("Clear and well prepared");
        decisions.signOut();

        TrainerFixtures.awaitStatus(candidate.candidacyId(), "AUTHORISED");
        LoginPage.open(browser).signIn(candidate.username(), EnrollmentFixtures.LEARNER_PASSWORD);
        new MyLearningPage(browser);
        var mine = MyAuthorisationsPage.fromMenu(browser);
        assertThat(mine.statusOf(course.code())).isEqualTo("Active");
        assertThat(mine.mayLead(course.code())).isEqualTo("Yes");
        mine.signOut();

        LoginPage.open(browser).signIn("admin");
        new CourseAdminPage(browser);
        editor = SessionEditorPage.open(browser, session).pickLead(candidate.displayName()).save();
        assertThat(editor.errors()).isEmpty();
        assertThat(editor.notices()).contains("Session saved.");
        assertThat(editor.isLead(candidate.displayName())).isTrue();
    }
}
