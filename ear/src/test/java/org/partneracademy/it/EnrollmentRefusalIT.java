package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.EnrollmentFixtures.login;

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
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;

/**
 * Requests the enrollment process refuses, each with a clear problem document and nothing stored: a
 * past session, a session whose cut-off passed, a missing prerequisite, an unknown session, a request
 * naming both or neither course and session, enrolling twice, a learner outside the course's audience. A full session is not refused: the
 * learner is waitlisted.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class EnrollmentRefusalIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void sessionsThatAreOverOrClosedAreRefusedAndNothingIsStored() throws InterruptedException {
        var team = EnrollmentFixtures.team(2);
        String learner = team.learners().get(0);
        long offeringId = EnrollmentFixtures.publicOffering(EnrollmentFixtures.classroomCourse(), "900.00", false, 7);
        long past = EnrollmentFixtures.session(offeringId, 5, -3, Duration.ofDays(-5));
        long closing = EnrollmentFixtures.session(offeringId, 5, 10, Duration.ofSeconds(2));
        Thread.sleep(3000);

        login(learner).body(Map.of("sessionId", past)).post(V1 + "/enrollments").then().statusCode(422)
                .contentType(PROBLEM).body("detail", containsString("already started"));
        login(learner).body(Map.of("sessionId", closing)).post(V1 + "/enrollments").then().statusCode(422)
                .contentType(PROBLEM).body("detail", containsString("closed"));
        login(learner).body(Map.of("sessionId", 987654321)).post(V1 + "/enrollments").then().statusCode(404)
                .contentType(PROBLEM);

        login(learner).get(V1 + "/enrollments").then().statusCode(200).body("size()", equalTo(0));
        as("admin").get(V1 + "/sessions/" + closing).then().body("seatsHeld", equalTo(0)).body("waitlisted", equalTo(0));
    }

    @Test
    void aMissingPrerequisiteIsNamedAndTheEquivalentCourseCounts() {
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        var required = Api.publishedCourse("Foundations");
        long requiredId = ((Number) required.path("id")).longValue();
        String requiredCode = required.path("code");
        long advancedId = ((Number) Api.publishedCourse("Advanced").path("id")).longValue();
        as("admin").body(Map.of("courseId", advancedId, "otherCourseId", requiredId))
                .post(V1 + "/course-relations/prerequisites").then().statusCode(200);

        login(learner).body(Map.of("courseId", advancedId)).post(V1 + "/enrollments").then().statusCode(422)
                .contentType(PROBLEM).body("detail", containsString("Complete " + requiredCode));
        login(learner).get(V1 + "/enrollments").then().body("size()", equalTo(0));

        long foundations = ((Number) login(learner).body(Map.of("courseId", requiredId)).post(V1 + "/enrollments")
                .then().statusCode(201).extract().path("id")).longValue();
        List<Long> modules = Api.moduleIds(required);
        login(learner).put(V1 + "/enrollments/" + foundations + "/modules/" + modules.get(0) + "/completion")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));

        login(learner).body(Map.of("courseId", advancedId)).post(V1 + "/enrollments").then().statusCode(201);
    }

    @Test
    void aCourseThatCountsForThePrerequisiteThroughAChainOfEquivalenciesCounts() {
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        var required = Api.publishedCourse("Core");
        long requiredId = ((Number) required.path("id")).longValue();
        long bridgeId = ((Number) Api.publishedCourse("Bridge").path("id")).longValue();
        var legacy = Api.publishedCourse("Legacy");
        long legacyId = ((Number) legacy.path("id")).longValue();
        long advancedId = ((Number) Api.publishedCourse("Expert").path("id")).longValue();
        as("admin").body(Map.of("courseId", advancedId, "otherCourseId", requiredId))
                .post(V1 + "/course-relations/prerequisites").then().statusCode(200);
        // Legacy counts for Bridge, Bridge counts for Core: Legacy earns Core's credit.
        as("admin").body(Map.of("courseId", legacyId, "otherCourseId", bridgeId))
                .post(V1 + "/course-relations/equivalencies").then().statusCode(200);
        as("admin").body(Map.of("courseId", bridgeId, "otherCourseId", requiredId))
                .post(V1 + "/course-relations/equivalencies").then().statusCode(200);

        login(learner).body(Map.of("courseId", advancedId)).post(V1 + "/enrollments").then().statusCode(422)
                .contentType(PROBLEM).body("detail", containsString("Complete " + required.path("code")));

        long legacyEnrollment = ((Number) login(learner).body(Map.of("courseId", legacyId)).post(V1 + "/enrollments")
                .then().statusCode(201).extract().path("id")).longValue();
        login(learner).put(V1 + "/enrollments/" + legacyEnrollment + "/modules/" + Api.moduleIds(legacy).get(0)
                + "/completion").then().statusCode(200).body("status", equalTo("COMPLETED"));

        login(learner).body(Map.of("courseId", advancedId)).post(V1 + "/enrollments").then().statusCode(201);
    }

    @Test
    void malformedAndRepeatedRequestsAreRefused() {
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long courseId = ((Number) Api.publishedCourse("Module").path("id")).longValue();
        long sessionId = EnrollmentFixtures.session(
                EnrollmentFixtures.publicOffering(EnrollmentFixtures.classroomCourse(), "900.00", false, 7), 1);

        login(learner).body(Map.of("courseId", courseId, "sessionId", sessionId)).post(V1 + "/enrollments")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("courseId"));
        login(learner).body(Map.of("sessionId", -1)).post(V1 + "/enrollments")
                .then().statusCode(400).body("errors.field", hasItem("sessionId"));
        login(learner).get(V1 + "/enrollments").then().body("size()", equalTo(0));

        login(team.manager()).body(Map.of("sessionId", sessionId)).post(V1 + "/enrollments").then().statusCode(201)
                .body("seat.state", equalTo("SEATED"));
        // Full is not an error: the learner waits on the waitlist.
        long id = ((Number) login(learner).body(Map.of("sessionId", sessionId)).post(V1 + "/enrollments").then()
                .statusCode(201).body("seat.state", equalTo("WAITLISTED")).body("seat.waitlistPosition", equalTo(1))
                .extract().path("id")).longValue();
        login(learner).body(Map.of("sessionId", sessionId)).post(V1 + "/enrollments").then().statusCode(409)
                .contentType(PROBLEM).body("detail", containsString("already enrolled"));

        List<Number> mine = login(learner).get(V1 + "/enrollments").then().extract().path("id");
        assertThat(mine).extracting(Number::longValue).containsExactly(id);
        as("admin").get(V1 + "/sessions/" + sessionId).then().body("seatsHeld", equalTo(1)).body("waitlisted", equalTo(1));
    }

    /**
     * The audience: a course meant for service technicians refuses a sales rep (session and self-paced
     * alike) with a problem saying for whom it is meant and what the learner's position is; nothing is
     * stored and no seat is taken. A course meant for sales reps takes the same learner.
     */
    @Test
    void aLearnerOutsideTheCoursesAudienceIsRefusedAndNothingIsStored() {
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long techniciansOnly = courseFor(List.of("SERVICE_TECHNICIAN"), "INSTRUCTOR_LED_CLASSROOM");
        long sessionId = EnrollmentFixtures.session(EnrollmentFixtures.publicOffering(techniciansOnly, "900.00", false, 7), 5);
        long selfPaced = courseFor(List.of("SERVICE_TECHNICIAN", "MANAGER"), "SELF_PACED");

        login(learner).body(Map.of("sessionId", sessionId)).post(V1 + "/enrollments").then().statusCode(422)
                .contentType(PROBLEM).body("detail", containsString("is meant for SERVICE_TECHNICIAN"))
                .body("detail", containsString("position is SALES_REP"));
        login(learner).body(Map.of("courseId", selfPaced)).post(V1 + "/enrollments").then().statusCode(422)
                .contentType(PROBLEM).body("detail", containsString("is meant for MANAGER, SERVICE_TECHNICIAN"));

        login(learner).get(V1 + "/enrollments").then().statusCode(200).body("size()", equalTo(0));
        as("admin").get(V1 + "/sessions/" + sessionId).then().body("seatsHeld", equalTo(0)).body("waitlisted", equalTo(0));
        login(team.manager()).get(V1 + "/approvals").then().statusCode(200).body("size()", equalTo(0));

        long forSalesReps = courseFor(List.of("SALES_REP"), "SELF_PACED");
        login(learner).body(Map.of("courseId", forSalesReps)).post(V1 + "/enrollments").then().statusCode(201)
                .body("status", equalTo("ACTIVE"));
    }

    /** A published course of the format for the audience positions given; returns its id. */
    private static long courseFor(List<String> positions, String format) {
        long id = ((Number) as("admin").body(Map.of(
                        "code", "AUD-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "title", "Audience course", "description", "Created by an enrollment refusal test",
                        "format", format, "language", "en", "listPrice", "900.00", "currency", "EUR",
                        "audiencePositions", positions,
                        "modules", List.of(Map.of("title", "The module", "durationMinutes", 60))))
                .post(V1 + "/courses").then().statusCode(201).extract().path("id")).longValue();
        as("admin").post(V1 + "/courses/" + id + "/publication").then().statusCode(200);
        return id;
    }
}
