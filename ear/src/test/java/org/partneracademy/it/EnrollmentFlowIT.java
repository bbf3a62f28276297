package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.EnrollmentFixtures.await;
import static org.partneracademy.it.support.EnrollmentFixtures.login;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.TestClock;

/**
 * The enrollment process on the real EAR over REST: self-paced, a manager's approval (approved,
 * rejected, expired), the vendor's second stage, and the approval inbox scoped to who may decide.
 * The test server runs with pa.enrollment.approval.timeout=PT1H; the expiry test moves the application
 * clock past it (and so sees Camunda's timer and the enrollment's stamps agree on the academy clock).
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class EnrollmentFlowIT {

    private static final String PROBLEM = "application/problem+json";
    /** pa.enrollment.approval.timeout of the test server (TestDatabaseSession). */
    private static final Duration APPROVAL_TIMEOUT = Duration.ofHours(1);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void selfPacedEnrollmentStartsLearningAtOnceWithARegistration() {
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long courseId = ((Number) Api.publishedCourse("Only module").path("id")).longValue();

        long id = ((Number) login(learner).body(Map.of("courseId", courseId)).post(V1 + "/enrollments")
                .then().statusCode(201).header("Location", containsString("/enrollments/"))
                .body("status", equalTo("ACTIVE")).body("origin", equalTo("SELF")).body("offeringId", notNullValue())
                .body("sessionId", nullValue()).body("seat", nullValue())
                .extract().path("id")).longValue();

        login(learner).get(V1 + "/enrollments/" + id + "/registration").then().statusCode(200)
                .body("state", equalTo("SEAT_TAKEN")).body("offeringId", notNullValue())
                .body("listPrice", equalTo(149.0f)).body("sellingPartner", equalTo("Contoso Training"));
        login(team.manager()).get(V1 + "/approvals").then().statusCode(200).body("enrollmentId", not(hasItem((int) id)));
    }

    @Test
    void managerApprovesAndTheLearnerTakesASeat() {
        var team = EnrollmentFixtures.team(2);
        String learner = team.learners().get(0);
        long courseId = EnrollmentFixtures.classroomCourse();
        long offeringId = EnrollmentFixtures.publicOffering(courseId, "0.00", true, 7);
        long sessionId = EnrollmentFixtures.session(offeringId, 5);

        long id = requestSeat(learner, sessionId);
        login(learner).get(V1 + "/enrollments/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING_APPROVAL")).body("seat", nullValue());

        // The learner's manager and the partner admin who administers the learner may decide; no one else.
        login(team.manager()).get(V1 + "/approvals").then().statusCode(200)
                .body("find { it.enrollmentId == " + id + " }.stage", equalTo("MANAGER"))
                .body("find { it.enrollmentId == " + id + " }.learnerName", equalTo("Learner " + learner))
                .body("find { it.enrollmentId == " + id + " }.expiresAt", notNullValue());
        as("pa.contoso").get(V1 + "/approvals").then().statusCode(200).body("enrollmentId", hasItem((int) id));
        as("pa.northwind").get(V1 + "/approvals").then().statusCode(200).body("enrollmentId", not(hasItem((int) id)));
        login(team.learners().get(1)).get(V1 + "/approvals").then().statusCode(200)
                .body("enrollmentId", not(hasItem((int) id)));
        as("pa.northwind").body(Map.of("decision", "APPROVE")).put(V1 + "/approvals/" + id)
                .then().statusCode(404).contentType(PROBLEM);
        login(learner).body(Map.of("decision", "APPROVE")).put(V1 + "/approvals/" + id).then().statusCode(404);
        assertThat(notificationKinds(team.manager())).contains("APPROVAL_REQUESTED");

        login(team.manager()).body(Map.of("decision", "APPROVE", "note", "Go ahead")).put(V1 + "/approvals/" + id)
                .then().statusCode(204);

        login(learner).get(V1 + "/enrollments/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("seat.state", equalTo("SEATED"))
                .body("seat.sessionId", equalTo((int) sessionId));
        login(learner).get(V1 + "/enrollments/" + id + "/registration").then().statusCode(200)
                .body("state", equalTo("SEAT_TAKEN")).body("sessionId", equalTo((int) sessionId))
                .body("offeringId", equalTo((int) offeringId));
        assertThat(notificationKinds(learner)).contains("ENROLLMENT_APPROVED");
        // Deciding again: the request is no longer waiting.
        login(team.manager()).body(Map.of("decision", "REJECT")).put(V1 + "/approvals/" + id)
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("not waiting"));
        login(learner).get(V1 + "/enrollments/" + id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void managerRejectsAndTheLearnerIsTold() {
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long courseId = EnrollmentFixtures.classroomCourse();
        long sessionId = EnrollmentFixtures.session(EnrollmentFixtures.publicOffering(courseId, "0.00", true, 7), 5);
        long id = requestSeat(learner, sessionId);

        login(team.manager()).body(Map.of("decision", "MAYBE")).put(V1 + "/approvals/" + id)
                .then().statusCode(400).contentType(PROBLEM);
        login(team.manager()).body(Map.of("note", "no decision")).put(V1 + "/approvals/" + id)
                .then().statusCode(400).body("errors.field", hasItem(containsString("decision")));
        login(learner).get(V1 + "/enrollments/" + id).then().body("status", equalTo("PENDING_APPROVAL"));

        login(team.manager()).body(Map.of("decision", "REJECT", "note", "Not this quarter"))
                .put(V1 + "/approvals/" + id).then().statusCode(204);

        login(learner).get(V1 + "/enrollments/" + id).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("closeReason", containsString("Not this quarter"))
                .body("seat", nullValue());
        login(learner).get(V1 + "/enrollments/" + id + "/registration").then().statusCode(404);
        assertThat(notificationKinds(learner)).contains("ENROLLMENT_REJECTED");
        as("pa.contoso").body(Map.of("decision", "APPROVE")).put(V1 + "/approvals/" + id)
                .then().statusCode(409).body("detail", containsString("rejected"));
        // Rejected does not count as enrolled: the learner may ask again.
        requestSeat(learner, sessionId);
    }

    @Test
    void vendorDecidesTheSecondStageOfAPrivateOffering() {
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long courseId = EnrollmentFixtures.classroomCourse();
        long sessionId = EnrollmentFixtures.session(EnrollmentFixtures.privateOffering(courseId), 3);
        long id = requestSeat(learner, sessionId);

        login(team.manager()).body(Map.of("decision", "APPROVE")).put(V1 + "/approvals/" + id).then().statusCode(204);

        login(learner).get(V1 + "/enrollments/" + id).then().body("status", equalTo("PENDING_APPROVAL"));
        as("admin").get(V1 + "/approvals").then().statusCode(200)
                .body("find { it.enrollmentId == " + id + " }.stage", equalTo("VENDOR"));
        login(team.manager()).get(V1 + "/approvals").then().body("enrollmentId", not(hasItem((int) id)));
        as("pa.contoso").body(Map.of("decision", "APPROVE")).put(V1 + "/approvals/" + id).then().statusCode(409);

        as("admin").body(Map.of("decision", "APPROVE")).put(V1 + "/approvals/" + id).then().statusCode(204);

        login(learner).get(V1 + "/enrollments/" + id).then().body("status", equalTo("ACTIVE"))
                .body("seat.state", equalTo("SEATED"));
        login(learner).get(V1 + "/enrollments/" + id + "/registration").then().statusCode(200)
                .body("listPrice", equalTo(5000.0f)).body("state", equalTo("SEAT_TAKEN"));
    }

    @Test
    void anUnansweredApprovalExpiresAndCanNoLongerBeDecided() {
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long courseId = EnrollmentFixtures.classroomCourse();
        long sessionId = EnrollmentFixtures.session(EnrollmentFixtures.publicOffering(courseId, "0.00", true, 7), 5);
        Instant requestedAt = TestClock.now();
        long id = requestSeat(learner, sessionId);
        Instant expiresAt = Instant.parse(login(team.manager()).get(V1 + "/approvals").then().statusCode(200)
                .extract().path("find { it.enrollmentId == " + id + " }.expiresAt"));
        assertThat(expiresAt).as("the approval timeout of the test server (PT1H) on the academy clock")
                .isBetween(requestedAt.plus(APPROVAL_TIMEOUT).minusSeconds(5), TestClock.now().plus(APPROVAL_TIMEOUT));
        login(learner).get(V1 + "/enrollments/" + id).then().body("status", equalTo("PENDING_APPROVAL"));

        TestClock.advance(APPROVAL_TIMEOUT.plusMinutes(1));

        boolean expired = await(Duration.ofSeconds(30), () -> "EXPIRED".equals(
                login(learner).get(V1 + "/enrollments/" + id).then().extract().path("status")));
        assertThat(expired).as("expired once the clock passed the approval deadline").isTrue();
        String closedAt = login(learner).get(V1 + "/enrollments/" + id).then()
                .body("closeReason", containsString("in time")).extract().path("closedAt");
        assertThat(Instant.parse(closedAt)).as("closed on the clock the deadline is on, not before it").isAfter(expiresAt);
        assertThat(notificationKinds(learner)).contains("ENROLLMENT_EXPIRED");
        login(team.manager()).get(V1 + "/approvals").then().body("enrollmentId", not(hasItem((int) id)));
        login(team.manager()).body(Map.of("decision", "APPROVE")).put(V1 + "/approvals/" + id)
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("expired"));
        login(learner).get(V1 + "/enrollments/" + id).then().body("status", equalTo("EXPIRED")).body("seat", nullValue());
        as("admin").get(V1 + "/sessions/" + sessionId).then().body("seatsHeld", equalTo(0));
    }

    @Test
    void aManagerEnrollsTheirReportAndOthersCannot() {
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long learnerId = team.ids().get(learner);
        long courseId = ((Number) Api.publishedCourse("Module").path("id")).longValue();

        as("pa.northwind").body(Map.of("courseId", courseId)).post(V1 + "/people/" + learnerId + "/enrollments")
                .then().statusCode(404).contentType(PROBLEM);
        as("alice").body(Map.of("courseId", courseId)).post(V1 + "/people/" + learnerId + "/enrollments")
                .then().statusCode(404);
        login(learner).get(V1 + "/enrollments").then().body("courseId", not(hasItem((int) courseId)));

        long id = ((Number) login(team.manager()).body(Map.of("courseId", courseId))
                .post(V1 + "/people/" + learnerId + "/enrollments").then().statusCode(201)
                .body("origin", equalTo("MANAGER")).body("requestedBy", equalTo(team.manager()))
                .body("status", equalTo("ACTIVE")).extract().path("id")).longValue();
        login(learner).get(V1 + "/enrollments/" + id).then().statusCode(200);
        as("pa.contoso").body(Map.of("courseId", courseId)).post(V1 + "/people/" + learnerId + "/enrollments")
                .then().statusCode(409).body("detail", containsString("already enrolled"));
    }

    private static long requestSeat(String learner, long sessionId) {
        return ((Number) login(learner).body(Map.of("sessionId", sessionId)).post(V1 + "/enrollments")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    private static List<String> notificationKinds(String username) {
        return login(username).get(V1 + "/notifications").then().statusCode(200).extract().path("kind");
    }
}
