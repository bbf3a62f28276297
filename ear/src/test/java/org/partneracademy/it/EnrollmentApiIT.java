package org.partneracademy.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
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
 * The thin slice over REST on the real EAR: a vendor admin drafts and publishes a course, a learner
 * enrolls (the BPMN process records the registration), completes the modules, and the process
 * records the completion in the ledger. Plus every bad input and denial the slice can meet.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class EnrollmentApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void learnerCompletesASelfPacedCourseEndToEnd() {
        var course = Api.publishedCourse("Basics", "Advanced");
        long courseId = ((Number) course.path("id")).longValue();
        var modules = Api.moduleIds(course);

        as("alice").get(V1 + "/courses").then().statusCode(200).body("id", hasItem((int) courseId));

        long enrollmentId = Api.enroll("alice", courseId);
        as("alice").get(V1 + "/enrollments/" + enrollmentId + "/registration").then().statusCode(200)
                .body("state", equalTo("SEAT_TAKEN"))
                .body("listPrice", equalTo(149.0f))
                .body("currency", equalTo("EUR"))
                .body("sellingPartner", equalTo("Northwind Resellers"))
                .body("events[0].actor", equalTo("alice"));

        as("alice").put(V1 + "/enrollments/" + enrollmentId + "/modules/" + modules.get(0) + "/completion")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("modulesCompleted", equalTo(1))
                .body("completedAt", nullValue());
        as("alice").put(V1 + "/enrollments/" + enrollmentId + "/modules/" + modules.get(1) + "/completion")
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("completedAt", notNullValue());
        // Completing again changes nothing.
        as("alice").put(V1 + "/enrollments/" + enrollmentId + "/modules/" + modules.get(1) + "/completion")
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("modulesCompleted", equalTo(2));

        as("alice").get(V1 + "/enrollments").then().statusCode(200)
                .body("find { it.id == " + enrollmentId + " }.status", equalTo("COMPLETED"))
                .body("find { it.id == " + enrollmentId + " }.completedAt", notNullValue());

        // The process records the completion asynchronously, through the job executor.
        List<String> states = EnrollmentFixtures.awaitRegistrationEvents("alice", enrollmentId, 2);
        assertThat(states).containsExactly("SEAT_TAKEN", "COMPLETED");
    }

    @Test
    void enrollingTwiceIsAConflictAndWritesNothing() {
        long courseId = ((Number) Api.publishedCourse("Only module").path("id")).longValue();
        Api.enroll("bob", courseId);

        as("bob").body(Map.of("courseId", courseId)).post(V1 + "/enrollments")
                .then().statusCode(409).contentType(PROBLEM)
                .body("title", equalTo("Conflict")).body("detail", containsString("already enrolled"));
        List<Integer> mine = as("bob").get(V1 + "/enrollments").then().extract().path("findAll { it.courseId == " + courseId + " }.id");
        assertThat(mine).hasSize(1);
    }

    @Test
    void simultaneousEnrollRequestsOfOneLearnerYieldOneEnrollment() throws Exception {
        long courseId = ((Number) Api.publishedCourse("Race module").path("id")).longValue();
        int threads = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        var calls = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < threads; i++) {
            calls.add(() -> {
                start.await();
                return as("carla").body(Map.of("courseId", courseId)).post(V1 + "/enrollments").statusCode();
            });
        }
        var futures = calls.stream().map(pool::submit).toList();
        start.countDown();
        var statuses = new ArrayList<Integer>();
        for (var future : futures) {
            statuses.add(future.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 201).allMatch(s -> s == 409);
        List<Integer> mine = as("carla").get(V1 + "/enrollments").then().extract().path("findAll { it.courseId == " + courseId + " }.id");
        assertThat(mine).hasSize(1);
    }

    @Test
    void enrollingInACourseThatDoesNotExistIsNotFound() {
        as("alice").body(Map.of("courseId", 987654321)).post(V1 + "/enrollments")
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404)).body("detail", containsString("987654321"));
    }

    @Test
    void draftCoursesAreInvisibleToLearners() {
        long draftId = ((Number) Api.draftCourse("Draft module").path("id")).longValue();
        as("alice").get(V1 + "/courses/" + draftId).then().statusCode(404).contentType(PROBLEM);
        as("alice").body(Map.of("courseId", draftId)).post(V1 + "/enrollments").then().statusCode(404);
        as("alice").get(V1 + "/courses").then().body("id", not(hasItem((int) draftId)));
        as("admin").get(V1 + "/courses/" + draftId).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        as("alice").body("{\"courseId\": ").post(V1 + "/enrollments")
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
        as("alice").body("{\"courseId\": \"not a number\"}").post(V1 + "/enrollments")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void missingOrInvalidFieldsAreNamedInTheProblem() {
        as("alice").body("{}").post(V1 + "/enrollments")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("courseId"));
        as("alice").body(Map.of("courseId", -5)).post(V1 + "/enrollments")
                .then().statusCode(400).body("errors.field", hasItem("courseId"));

        as("admin").body(Map.of("code", "not a code", "modules", List.of(Map.of("title", "", "durationMinutes", 0))))
                .post(V1 + "/courses")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("code", "title", "format", "language", "listPrice", "currency",
                        "modules[0].title", "modules[0].durationMinutes"));
    }

    @Test
    void aSecondCourseWithTheSameCodeIsAConflict() {
        String code = Api.draftCourse("First").path("code");
        as("admin").body(Map.of("code", code, "title", "Again", "format", "SELF_PACED", "language", "en",
                        "listPrice", "1.00", "currency", "EUR", "modules", List.of(Map.of("title", "M", "durationMinutes", 5))))
                .post(V1 + "/courses")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString(code));
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        as("alice").contentType("text/plain").body("courseId=1").post(V1 + "/enrollments")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void anonymousAndWrongPasswordCallersAreUnauthorized() {
        given().accept("application/json").get(V1 + "/enrollments")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", nullValue());
        given().auth().preemptive().basic("alice", "wrong-password").get(V1 + "/enrollments")
                .then().statusCode(401).contentType(PROBLEM);
        given().auth().preemptive().basic("nobody", "whatever").get(V1 + "/enrollments")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void learnersCannotAdministerCoursesOrPeople() {
        as("alice").body(Map.of("code", "X")).post(V1 + "/courses").then().statusCode(403).contentType(PROBLEM);
        as("alice").get(V1 + "/people").then().statusCode(403).contentType(PROBLEM);
        as("admin").body(Map.of("courseId", 1)).post(V1 + "/enrollments").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void aLearnerCannotSeeOrChangeAnotherLearnersEnrollment() {
        var course = Api.publishedCourse("Private module");
        long courseId = ((Number) course.path("id")).longValue();
        long emmasEnrollment = Api.enroll("emma", courseId);
        long moduleId = Api.moduleIds(course).get(0);

        as("alice").get(V1 + "/enrollments/" + emmasEnrollment).then().statusCode(404).contentType(PROBLEM);
        as("alice").get(V1 + "/enrollments/" + emmasEnrollment + "/registration").then().statusCode(404);
        as("alice").put(V1 + "/enrollments/" + emmasEnrollment + "/modules/" + moduleId + "/completion").then().statusCode(404);
        as("emma").get(V1 + "/enrollments/" + emmasEnrollment).then().statusCode(200).body("modulesCompleted", equalTo(0));
        // A module of another course is not part of this enrollment.
        long otherModule = Api.moduleIds(Api.publishedCourse("Elsewhere")).get(0);
        as("emma").put(V1 + "/enrollments/" + emmasEnrollment + "/modules/" + otherModule + "/completion").then().statusCode(404);
    }

    @Test
    void aPartnerAdminSeesOnlyTheirOwnPartnersPeople() {
        as("pa.contoso").get(V1 + "/people").then().statusCode(200)
                .body("partnerName", everyItem(equalTo("Contoso Training")))
                .body("username", hasItems("emma", "trainer.contoso"))
                .body("username", not(hasItem("alice")));
        as("admin").get(V1 + "/people").then().statusCode(200).body("username", hasItems("alice", "emma", "leader"));
        as("alice").get(V1 + "/me").then().statusCode(200).body("username", equalTo("alice"))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
    }

    /**
     * Enrollments loaded from elsewhere (here the demo's year of history) have no process waiting: the
     * learner finishes one all the same and the ledger records the completion directly.
     */
    @Test
    void anEnrollmentWithoutAProcessCanStillBeCompleted() {
        String[] historyLearners = {"paula.esposito", "felix.schmid", "ben.castro", "igor.torres", "nora.weber",
                "erik.schmid", "lena.weber", "timo.esposito"};
        String learner = null;
        Integer enrollmentId = null;
        for (String candidate : historyLearners) {
            List<Integer> open = as(candidate).get(V1 + "/enrollments").then().statusCode(200)
                    .extract().path("findAll { it.status == 'ACTIVE' }.id");
            if (!open.isEmpty()) {
                learner = candidate;
                enrollmentId = open.get(0);
                break;
            }
        }
        assertThat(enrollmentId).as("a demo learner with an open enrollment from the demo history").isNotNull();

        List<Integer> openModules = as(learner).get(V1 + "/enrollments/" + enrollmentId).then().statusCode(200)
                .extract().path("modules.findAll { it.completedAt == null }.moduleId");
        String status = null;
        for (Integer module : openModules) {
            status = as(learner).put(V1 + "/enrollments/" + enrollmentId + "/modules/" + module + "/completion")
                    .then().statusCode(200).extract().path("status");
        }
        assertThat(status).isEqualTo("COMPLETED");
        as(learner).get(V1 + "/enrollments/" + enrollmentId + "/registration").then().statusCode(200)
                .body("events.type", hasItem("COMPLETED"))
                .body("events.find { it.type == 'COMPLETED' }.actor", equalTo(learner));
    }
}
