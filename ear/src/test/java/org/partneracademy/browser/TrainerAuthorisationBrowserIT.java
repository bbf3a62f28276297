package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.Sessions;

/**
 * A trainer sees the course they may deliver; a training leader suspends the authorisation with a reason;
 * the trainer sees it suspended (no longer allowed to lead); the leader reinstates it and the trainer
 * may lead again.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class TrainerAuthorisationBrowserIT {

    /** Where a training leader lands after signing in (their sign-off inbox). */
    private static final String LEADER_LANDING = "/leader/inbox.xhtml";

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aLeaderSuspendsAndReinstatesAndTheTrainerSeesIt() {
        var course = Sessions.publishedIltCourseWithoutAuthorisations();
        Sessions.authorise(Sessions.FABRIKAM_TRAINER, course.id());

        LoginPage.open(browser).signIn("trainer.fabrikam");
        new MyLearningPage(browser);
        var mine = MyAuthorisationsPage.fromMenu(browser);
        assertThat(mine.statusOf(course.code())).isEqualTo("Active");
        assertThat(mine.mayLead(course.code())).isEqualTo("Yes");
        mine.signOut();

        LoginPage.open(browser).signIn("leader");
        browser.waitForPath(LEADER_LANDING);
        browser.assertAccessible();
        var leader = LeaderAuthorisationsPage.fromMenu(browser).filter(course.code()).open("Tess Trainer")
                .suspend("Learner complaints under review");
        assertThat(leader.notices()).contains("The authorisation of Tess Trainer for " + course.code() + " is suspended.");
        assertThat(leader.events()).containsExactly("GRANTED", "SUSPENDED");
        leader.signOut();

        LoginPage.open(browser).signIn("trainer.fabrikam");
        new MyLearningPage(browser);
        mine = MyAuthorisationsPage.fromMenu(browser);
        assertThat(mine.statusOf(course.code())).isEqualTo("Suspended");
        assertThat(mine.mayLead(course.code())).isEqualTo("No");
        mine.signOut();

        LoginPage.open(browser).signIn("leader");
        browser.waitForPath(LEADER_LANDING);
        browser.assertAccessible();
        leader = LeaderAuthorisationsPage.fromMenu(browser).filter(course.code()).open("Tess Trainer")
                .reinstate("Complaints unfounded");
        assertThat(leader.events()).containsExactly("GRANTED", "SUSPENDED", "REINSTATED");
    }
}
