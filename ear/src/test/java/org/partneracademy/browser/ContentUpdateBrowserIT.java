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
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.RealEar;

/**
 * A vendor admin drafts and publishes a new major version of a course in the pages; a learner enrolled
 * in the old version sees the unread count in the header and the notification on the notifications page.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class ContentUpdateBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aVendorAdminPublishesAMajorVersionAndALearnerOfTheOldOneIsTold() {
        var v1 = Api.publishedCourse("Tour " + UUID.randomUUID().toString().substring(0, 8));
        long v1Id = ((Number) v1.path("id")).longValue();
        String title = v1.path("title");
        String code = v1.path("code");
        Api.enroll("grace", v1Id);

        LoginPage.open(browser).signIn("admin");
        new CourseAdminPage(browser);
        var course = CourseEditPage.open(browser, v1Id);
        assertThat(course.title()).isEqualTo(code + " 1.0");
        assertThat(course.status()).isEqualTo("PUBLISHED");

        // Bad input: a version that is not higher than the published 1.0.
        assertThat(course.draftVersionRefused(1, 0)).anyMatch(e -> e.contains("must be higher than the published 1.0"));

        var draft = course.draftVersion(2, 0);
        assertThat(draft.title()).isEqualTo(code + " 2.0");
        assertThat(draft.status()).isEqualTo("DRAFT");
        assertThat(draft.notices()).contains("Version drafted: 2.0");
        assertThat(draft.addOffering("ONSITE", "2500.00", "USD")).contains("PUBLIC", "ONSITE");

        draft.publish();
        assertThat(draft.notices()).contains("Course published: " + code + " 2.0");
        assertThat(draft.versions()).anyMatch(row -> row.startsWith("1.0") && row.contains("RETIRED"))
                .anyMatch(row -> row.startsWith("2.0") && row.contains("PUBLISHED"));

        var login = draft.signOut();
        login.signIn("grace");
        var myLearning = new MyLearningPage(browser);
        int unread = myLearning.unreadNotifications();
        assertThat(unread).isPositive();

        var notifications = myLearning.openNotifications();
        String subject = "New version 2.0 of " + title;
        assertThat(notifications.shows(subject)).isTrue();
        assertThat(notifications.stateOf(subject)).isEqualTo("Unread");
        assertThat(notifications.textOf(subject)).contains("replaces version 1.0");

        notifications.markRead(subject);
        assertThat(notifications.stateOf(subject)).isEqualTo("Read");
        assertThat(NotificationsPage.open(browser).unreadNotifications()).isEqualTo(unread - 1);
    }
}
