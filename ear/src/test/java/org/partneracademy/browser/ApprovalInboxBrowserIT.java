package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partneracademy.it.support.RealEar;

/**
 * A paid session that needs approval, in a real browser: the learner's request waits for their partner
 * admin, then (paid, so a second stage) for the vendor admin, each deciding in the approvals inbox; the
 * learner then holds the seat. A rejection ends the request and the learner reads it.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class ApprovalInboxBrowserIT {

    private static final String LEARNER = "liam";
    private static final String LEARNER_NAME_PART = "liam";

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void thePartnerAdminAndThenTheVendorApproveAndTheLearnerIsSeated() {
        String title = "Approval class " + UUID.randomUUID().toString().substring(0, 8);
        WaitlistBrowserIT.SessionsOverRest.sessionWithOneSeat(title, true);

        LoginPage.open(browser).signIn(LEARNER);
        var enrollment = new MyLearningPage(browser).openSessions().enroll(title);
        assertThat(enrollment.seatState()).isEqualTo("Pending approval");
        assertThat(enrollment.inviteLink()).isEmpty();
        String page = browser.driver().getCurrentUrl();
        enrollment.signOut().signIn("pa.northwind");

        var inbox = new PeoplePage(browser).openApprovals();
        assertThat(inbox.rowOf(LEARNER_NAME_PART, title)).contains("Partner manager", "900.00 EUR");
        inbox.approve(LEARNER_NAME_PART, title, "Go ahead");
        assertThat(inbox.courses()).doesNotContain(title);
        inbox.signOut().signIn("admin");

        inbox = new CourseAdminPage(browser).openApprovals();
        assertThat(inbox.rowOf(LEARNER_NAME_PART, title)).contains("Vendor");
        inbox.approve(LEARNER_NAME_PART, title, null);
        assertThat(inbox.courses()).doesNotContain(title);
        inbox.signOut().signIn(LEARNER);

        new MyLearningPage(browser);
        browser.driver().get(page);
        assertThat(new EnrollmentPage(browser).seatState()).isEqualTo("Seated (registered)");
    }

    @Test
    void aRejectedRequestEndsAndTheLearnerSeesIt() {
        String title = "Rejected class " + UUID.randomUUID().toString().substring(0, 8);
        WaitlistBrowserIT.SessionsOverRest.sessionWithOneSeat(title, true);

        LoginPage.open(browser).signIn(LEARNER);
        new MyLearningPage(browser).openSessions().enroll(title);
        String page = browser.driver().getCurrentUrl();
        new EnrollmentPage(browser).signOut().signIn("pa.northwind");

        var inbox = new PeoplePage(browser).openApprovals();
        inbox.reject(LEARNER_NAME_PART, title, "Not this quarter");
        assertThat(inbox.courses()).doesNotContain(title);
        inbox.signOut().signIn(LEARNER);

        new MyLearningPage(browser);
        browser.driver().get(page);
        assertThat(new EnrollmentPage(browser).seatState()).isEqualTo("Rejected");
    }
}
