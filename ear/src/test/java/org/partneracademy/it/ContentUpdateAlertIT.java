package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.TestMailbox;

/**
 * Content-update alerts on the real EAR with a real SMTP sink (GreenMail): a new major version tells
 * everyone enrolled on an older version, in the application and by e-mail; a minor version tells
 * nobody; notifications are their recipient's only.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class ContentUpdateAlertIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aMajorVersionAlertsLearnersOfOlderVersionsInTheAppAndByMail() throws Exception {
        var v1 = Api.publishedCourse(unique("Intro"));
        long v1Id = ((Number) v1.path("id")).longValue();
        String title = v1.path("title");
        long dmitri = Api.enroll("dmitri", v1Id);
        long liam = Api.enroll("liam", v1Id);
        as("liam").put(V1 + "/enrollments/" + liam + "/modules/" + Api.moduleIds(v1).get(0) + "/completion")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));

        long v11 = publishVersion(v1Id, 1, 1);
        // Minor: nobody is told.
        assertThat(notificationsAbout("dmitri", title)).isEmpty();

        long v2 = publishVersion(v11, 2, 0);

        for (String learner : List.of("dmitri", "liam")) {
            var mine = notificationsAbout(learner, title);
            assertThat(mine).as(learner).hasSize(1);
            assertThat(mine.get(0)).containsEntry("kind", "CONTENT_UPDATE").containsEntry("read", false)
                    .containsEntry("title", "New version 2.0 of " + title);
            assertThat((String) mine.get(0).get("text")).contains("replaces version 1.1");
        }
        // Not enrolled: not told.
        assertThat(notificationsAbout("nils", title)).isEmpty();

        List<MimeMessage> mails = TestMailbox.awaitMessagesTo("dmitri@example.com", 1, Duration.ofSeconds(20)).stream()
                .filter(message -> subjectOf(message).contains(title)).toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("New version 2.0 of " + title);
        assertThat(mails.get(0).getFrom()[0].toString()).isEqualTo("academy@partner-academy.test");
        assertThat(TestMailbox.awaitMessagesTo("liam@example.com", 1, Duration.ofSeconds(20)))
                .anyMatch(message -> subjectOf(message).contains(title));
        assertThat(TestMailbox.messagesTo("nils@example.com")).noneMatch(message -> subjectOf(message).contains(title));

        // Enrollments stay on the version they took.
        as("dmitri").get(V1 + "/enrollments/" + dmitri).then().statusCode(200).body("courseId", equalTo((int) v1Id));
        assertThat(v2).isNotEqualTo(v1Id);
    }

    @Test
    void aMinorVersionAlertsNobody() {
        var v1 = Api.publishedCourse(unique("Intro"));
        long v1Id = ((Number) v1.path("id")).longValue();
        String title = v1.path("title");
        Api.enroll("rosa", v1Id);

        publishVersion(v1Id, 1, 7);

        assertThat(notificationsAbout("rosa", title)).isEmpty();
        assertThat(TestMailbox.messagesTo("rosa@example.com")).noneMatch(message -> subjectOf(message).contains(title));
    }

    @Test
    void aNotificationIsReadByItsRecipientOnly() {
        var v1 = Api.publishedCourse(unique("Intro"));
        long v1Id = ((Number) v1.path("id")).longValue();
        String title = v1.path("title");
        Api.enroll("dmitri", v1Id);
        publishVersion(v1Id, 2, 0);
        long id = ((Number) notificationsAbout("dmitri", title).get(0).get("id")).longValue();

        // Someone else's id: 404, exactly like one that does not exist, and it stays unread.
        as("alice").post(V1 + "/notifications/" + id + "/read").then().statusCode(404).contentType(PROBLEM);
        as("admin").post(V1 + "/notifications/" + id + "/read").then().statusCode(404).contentType(PROBLEM);
        as("dmitri").post(V1 + "/notifications/999999999/read").then().statusCode(404).contentType(PROBLEM);
        assertThat(as("alice").get(V1 + "/notifications").then().statusCode(200).extract().<List<Integer>>path("id"))
                .doesNotContain((int) id);
        assertThat(notificationsAbout("dmitri", title).get(0)).containsEntry("read", false);

        as("dmitri").post(V1 + "/notifications/" + id + "/read").then().statusCode(200).body("read", equalTo(true));
        as("dmitri").post(V1 + "/notifications/" + id + "/read").then().statusCode(200).body("read", equalTo(true));
        assertThat(notificationsAbout("dmitri", title).get(0)).containsEntry("read", true);
    }

    /** Mail is sent after commit: with the SMTP server down, publishing and the in-app notification still happen, and the failure is logged. */
    @Test
    void anUnreachableMailServerNeitherFailsNorUndoesThePublication() throws Exception {
        var v1 = Api.publishedCourse(unique("Intro"));
        long v1Id = ((Number) v1.path("id")).longValue();
        String title = v1.path("title");
        Api.enroll("nils", v1Id);
        var log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        long failuresBefore = mailFailuresIn(log);

        TestMailbox.pause();
        try {
            long v2 = publishVersion(v1Id, 2, 0);
            as("admin").get(V1 + "/courses/" + v2).then().statusCode(200).body("status", equalTo("PUBLISHED"));
            assertThat(notificationsAbout("nils", title)).hasSize(1);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (mailFailuresIn(log) == failuresBefore && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertThat(mailFailuresIn(log)).isGreaterThan(failuresBefore);
        } finally {
            TestMailbox.resume();
        }
        // The log names no address (personal data stays out of it).
        assertThat(Files.readString(log)).doesNotContain("nils@example.com");
    }

    private static long mailFailuresIn(Path log) throws java.io.IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("A notification e-mail could not be sent")).count();
        }
    }

    private static long publishVersion(long publishedId, int major, int minor) {
        long id = ((Number) as("admin").body(Map.of("versionMajor", major, "versionMinor", minor))
                .post(V1 + "/courses/" + publishedId + "/versions").then().statusCode(201).extract().path("id")).longValue();
        as("admin").post(V1 + "/courses/" + id + "/publication").then().statusCode(200);
        return id;
    }

    private static List<Map<String, Object>> notificationsAbout(String user, String courseTitle) {
        List<Map<String, Object>> all = as(user).get(V1 + "/notifications").then().statusCode(200).extract().path("");
        return all.stream().filter(n -> ((String) n.get("title")).endsWith(" of " + courseTitle)).toList();
    }

    private static String unique(String moduleTitle) {
        return moduleTitle + " " + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
