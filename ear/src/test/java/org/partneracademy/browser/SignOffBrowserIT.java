package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partneracademy.it.support.PanelFixtures.CONTOSO;
import static org.partneracademy.it.support.PanelFixtures.FABRIKAM;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partneracademy.it.support.PanelFixtures;
import org.partneracademy.it.support.RealEar;

/**
 * A training leader in a real browser: opens the sign-off inbox, sees the candidate's task with its age
 * and due date, forgets the comments (refused, nothing saved), scores the rubric, signs off, and finds the
 * sign-off in their decisions history.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class SignOffBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aTrainingLeaderScoresTheRubricSignsOffAndSeesItInTheirDecisions() {
        var course = PanelFixtures.course();
        PanelFixtures.standard(course.code(), PanelFixtures.rubric());
        var candidate = PanelFixtures.person(CONTOSO, "TRAINER");
        var leader = PanelFixtures.leader(FABRIKAM);
        long candidacy = PanelFixtures.candidacy(candidate, course);
        PanelFixtures.schedule(candidacy, List.of(leader));
        String candidateName = "Panel " + candidate.username();

        LoginPage.open(browser).signIn(leader.username());
        var inbox = new LeaderInboxPage(browser).openSignOffs();
        assertThat(inbox.rowOf(candidateName)).contains(course.code(), "Contoso");

        var form = inbox.open(candidateName);
        assertThat(form.candidate()).isEqualTo(candidateName);
        form.score("Clarity", 4).score("Labs", 5);
        var refused = form.signOffRefused();
        assertThat(refused.errors()).anySatisfy(error -> assertThat(error).contains("comments"));

        var decisions = refused.score("Clarity", 4).score("Labs", 5).comments("Confident delivery, labs well prepared")
                .signOff();
        assertThat(decisions.comments()).contains("Confident delivery, labs well prepared");
        assertThat(decisions.totals()).contains("88.00");
    }
}
