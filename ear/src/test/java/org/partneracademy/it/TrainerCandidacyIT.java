package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.Network.asNew;
import static org.partneracademy.it.support.Network.locationId;
import static org.partneracademy.it.support.Network.newPerson;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.AssessmentFixtures;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.Sessions;
import org.partneracademy.it.support.TestDatabaseSession;

/**
 * Trainer candidacies on the real EAR: the nomination's bad inputs and refusals (nothing created), the
 * vendor's decision, live training through a real instructor-led enrollment completed by attendance,
 * shadowing and co-delivery records with the billing share frozen from the agreement (pay-per-delivery
 * vs reseller) and their bad inputs, withdrawal, and partner isolation.
 *
 * <p>Helper C's authorisation service is not on this branch: an authorised lead trainer is made by inserting
 * a DIRECT {@code trainer_authorisation} row with SQL, and session instructors (LEAD, CO) are inserted into
 * {@code session_instructor} the same way. The live-training test moves the academy clock forward, so it
 * runs last.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainerCandidacyIT {

    private static final String PROBLEM = "application/problem+json";
    private static final long NORTHWIND = 1;
    private static final long FABRIKAM = 3;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    @Order(1)
    void nominationBadInputsAndRefusalsCreateNothing() throws SQLException {
        var course = Sessions.publishedIltCourse();
        long trainer = person("pa.fabrikam", "Fabrikam Lyon", List.of("TRAINER", "LEARNER"));
        long learnerOnly = person("pa.fabrikam", "Fabrikam Lyon", List.of("LEARNER"));
        long inactive = person("pa.fabrikam", "Fabrikam Lyon", List.of("TRAINER"));
        as("pa.fabrikam").post(V1 + "/people/" + inactive + "/deactivation").then().statusCode(200);
        long northwindTrainer = person("pa.northwind", "Northwind Berlin", List.of("TRAINER"));
        long selfPaced = ((Number) org.partneracademy.it.support.Api.publishedCourse("Basics").path("id")).longValue();
        long draft = draftClassroomCourse();

        // An empty body and a malformed one.
        as("pa.fabrikam").body("{}").post(V1 + "/trainer-candidacies").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem(containsString("candidateId")));
        as("pa.fabrikam").body("{\"candidateId\": \"six\"}").post(V1 + "/trainer-candidacies").then().statusCode(400);
        // Not a trainer, not active, a self-paced course, a draft course: 400 naming the field.
        nominate("pa.fabrikam", learnerOnly, course.id()).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("candidateId")).body("errors.message", hasItem(containsString("not a trainer")));
        nominate("pa.fabrikam", inactive, course.id()).then().statusCode(400)
                .body("errors.message", hasItem(containsString("not active")));
        nominate("pa.fabrikam", trainer, selfPaced).then().statusCode(400).body("errors.field", hasItem("courseId"))
                .body("errors.message", hasItem(containsString("self-paced")));
        nominate("admin", trainer, draft).then().statusCode(400).body("errors.message", hasItem(containsString("not published")));
        // An unknown course; another partner's trainer (not found, like a person that does not exist).
        nominate("pa.fabrikam", trainer, 987654321L).then().statusCode(404).contentType(PROBLEM);
        nominate("pa.fabrikam", northwindTrainer, course.id()).then().statusCode(404);
        nominate("pa.fabrikam", 987654321L, course.id()).then().statusCode(404);
        // Roles that may not nominate.
        nominate("leader", trainer, course.id()).then().statusCode(403);
        nominate("trainer.fabrikam", trainer, course.id()).then().statusCode(403);
        assertThat(candidacies("admin", "?courseId=" + course.id())).isEmpty();

        // Already authorised for the family and major: 409.
        long authorised = person("pa.fabrikam", "Fabrikam Lyon", List.of("TRAINER"));
        authorise(authorised, course.id(), course.code());
        nominate("pa.fabrikam", authorised, course.id()).then().statusCode(409).body("detail", containsString("already authorised"));

        // The first nomination is created; a second one for the same family is 409.
        long id = id(nominate("pa.fabrikam", trainer, course.id()).then().statusCode(201)
                .body("status", equalTo("NOMINATED")).body("kind", equalTo("INITIAL"))
                .body("nominatedBy", equalTo("pa.fabrikam")).body("courseCode", equalTo(course.code())).extract().path("id"));
        nominate("admin", trainer, course.id()).then().statusCode(409).body("detail", containsString("open candidacy"));
        assertThat(candidacies("admin", "?courseId=" + course.id())).containsExactly(id);
        assertThat(processCount(id)).isOne();
    }

    @Test
    @Order(2)
    void theVendorDecidesOnceAndADeclineNeedsAReason() throws SQLException {
        var course = Sessions.publishedIltCourse();
        long declined = nominated("pa.fabrikam", course.id());
        long accepted = nominated("pa.fabrikam", Sessions.publishedIltCourse().id());

        // A partner admin and a training leader may not decide; a decline without a reason is 400; no accepted is 400.
        decide("pa.fabrikam", declined, Map.of("accepted", false, "reason", "x")).then().statusCode(403);
        decide("leader", declined, Map.of("accepted", true)).then().statusCode(403);
        decide("admin", declined, Map.of("accepted", false)).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("reason"));
        decide("admin", declined, Map.of("accepted", false, "reason", "   ")).then().statusCode(400);
        decide("admin", declined, Map.of("reason", "no decision")).then().statusCode(400);
        decide("admin", 987654321L, Map.of("accepted", true)).then().statusCode(404);
        candidacy("admin", declined).then().body("status", equalTo("NOMINATED"));

        decide("admin", declined, Map.of("accepted", false, "reason", "Needs more delivery experience")).then()
                .statusCode(200).body("status", equalTo("DECLINED")).body("declineReason", equalTo("Needs more delivery experience"))
                .body("decidedBy", equalTo("admin")).body("closedAt", not(nullValue()));
        decide("admin", declined, Map.of("accepted", true)).then().statusCode(409).contentType(PROBLEM);
        assertThat(processCount(declined)).isZero();
        candidacy("pa.fabrikam", declined).then().body("history.what", equalTo(List.of("NOMINATED", "DECLINED")));

        decide("admin", accepted, Map.of("accepted", true)).then().statusCode(200).body("status", equalTo("LIVE_TRAINING"));
        assertThat(waitsFor(accepted, "TrainerLiveTrainingDone")).isTrue();
    }

    @Test
    @Order(3)
    void shadowingAndCoDeliveryUnderPayPerDeliveryAreBilledAtTheRampAndMoveTheCandidacyOn() throws SQLException {
        var course = Sessions.publishedIltCourse();
        long candidate = person("pa.fabrikam", "Fabrikam Lyon", List.of("TRAINER", "LEARNER"));
        long lead = person("pa.fabrikam", "Fabrikam Lyon", List.of("TRAINER"));
        authorise(lead, course.id(), course.code());
        long candidacy = insertCandidacy(candidate, course.id(), course.code(), "SHADOWING");
        long past = pastSession(course.publicOffering(), lead, null);

        // Bad inputs, each refused with nothing recorded: no session, an unknown one, a future one, one of another
        // course, a cancelled one, one whose lead is not authorised, a co-delivery while on shadowing.
        record("leader", candidacy, "shadowings", Map.of()).then().statusCode(400).body("errors.field", hasItem("sessionId"));
        record("leader", candidacy, "shadowings", Map.of("sessionId", 987654321L)).then().statusCode(400)
                .body("errors.field", hasItem("sessionId"));
        long future = Sessions.create("admin", Sessions.body(course.publicOffering()));
        instructor(future, lead, "LEAD");
        record("leader", candidacy, "shadowings", Map.of("sessionId", future)).then().statusCode(400)
                .body("errors.message", hasItem(containsString("not taken place")));
        var other = Sessions.publishedIltCourse();
        record("leader", candidacy, "shadowings", Map.of("sessionId", pastSession(other.publicOffering(), lead, null)))
                .then().statusCode(400).body("errors.message", hasItem(containsString("session of " + other.code())));
        long cancelled = pastSession(course.publicOffering(), lead, null);
        sql("update training_session set status = 'CANCELLED', cancelled_at = now(6), cancel_reason = 'test' where id = ?", cancelled);
        record("leader", candidacy, "shadowings", Map.of("sessionId", cancelled)).then().statusCode(400)
                .body("errors.message", hasItem(containsString("cancelled")));
        long unauthorisedLead = person("pa.fabrikam", "Fabrikam Lyon", List.of("TRAINER"));
        record("leader", candidacy, "shadowings", Map.of("sessionId", pastSession(course.publicOffering(), unauthorisedLead, null)))
                .then().statusCode(400).body("errors.message", hasItem(containsString("no lead trainer authorised")));
        record("leader", candidacy, "co-deliveries", Map.of("sessionId", past)).then().statusCode(409);
        // Who may not record: a partner admin, the candidate, a trainer who does not lead the session.
        record("pa.fabrikam", candidacy, "shadowings", Map.of("sessionId", past)).then().statusCode(403);
        record("trainer.fabrikam", candidacy, "shadowings", Map.of("sessionId", past)).then().statusCode(403);
        assertThat(steps(candidacy)).isZero();

        // The lead trainer records the shadowing: not billed (0 %) under pay-per-delivery, agreement kept.
        asNew(username(lead)).body(Map.of("sessionId", past, "note", "Shadowed the whole day"))
                .post(V1 + "/trainer-candidacies/" + candidacy + "/shadowings").then().statusCode(201)
                .body("steps[0].kind", equalTo("SHADOWING")).body("steps[0].billingPercent", amount("0"))
                .body("steps[0].agreementId", not(nullValue())).body("steps[0].leadTrainerId", equalTo((int) lead));
        record("leader", candidacy, "shadowings", Map.of("sessionId", past)).then().statusCode(409);

        // Co-delivery: the candidate must be the session's co-instructor.
        sql("update trainer_candidacy set status = 'CO_DELIVERY' where id = ?", candidacy);
        record("leader", candidacy, "co-deliveries", Map.of("sessionId", past)).then().statusCode(400)
                .body("errors.message", hasItem(containsString("not a co-instructor")));
        long coDelivered = pastSession(course.publicOffering(), lead, candidate);
        record("leader", candidacy, "co-deliveries", Map.of("sessionId", coDelivered)).then().statusCode(201)
                .body("steps.find { it.kind == 'CO_DELIVERY' }.billingPercent", amount("50"))
                .body("steps.find { it.kind == 'CO_DELIVERY' }.recordedBy", equalTo("leader"));
        assertThat(steps(candidacy)).isEqualTo(2);
    }

    @Test
    @Order(4)
    void aCoDeliveryUnderAResellerAgreementIsNotBilled() throws SQLException {
        var course = Sessions.publishedIltCourse();
        long candidate = person("pa.northwind", "Northwind Berlin", List.of("TRAINER"));
        long lead = person("pa.fabrikam", "Fabrikam Lyon", List.of("TRAINER"));
        authorise(lead, course.id(), course.code());
        long candidacy = insertCandidacy(candidate, course.id(), course.code(), "CO_DELIVERY");

        record("admin", candidacy, "co-deliveries", Map.of("sessionId", pastSession(course.publicOffering(), lead, candidate)))
                .then().statusCode(201).body("steps[0].kind", equalTo("CO_DELIVERY"))
                .body("steps[0].billingPercent", nullValue()).body("steps[0].agreementId", not(nullValue()));
    }

    /** The ramp fields on an agreement: defaults, the vendor's own values, and out-of-range values refused. */
    @Test
    @Order(4)
    void theAgreementCarriesTheRampAndTheDesignatedTrainers() {
        long partner = org.partneracademy.it.support.Network.newPartner("TRAINING_PARTNER");
        String agreements = V1 + "/partners/" + partner + "/agreements";
        as("admin").body(Map.of("model", "PAY_PER_DELIVERY", "validFrom", "2030-01-01", "validTo", "2030-12-31",
                        "dayRate", "900", "currency", "EUR")).post(agreements).then().statusCode(201)
                .body("shadowBillingPercent", amount("0")).body("coDeliveryBillingPercent", amount("50"))
                .body("designatedTrainers", nullValue());
        as("admin").body(Map.of("model", "PAY_PER_DELIVERY", "validFrom", "2031-01-01", "dayRate", "900", "currency", "EUR",
                        "shadowBillingPercent", "10", "coDeliveryBillingPercent", "62.5", "designatedTrainers", 3))
                .post(agreements).then().statusCode(201).body("shadowBillingPercent", amount("10"))
                .body("coDeliveryBillingPercent", amount("62.5")).body("designatedTrainers", equalTo(3));
        // Bad inputs: a negative share, one above 100, three decimals, no designated trainers, too many; nothing saved.
        as("admin").body(Map.of("model", "RESELLER", "validFrom", "2040-01-01", "discountPercent", 10,
                        "shadowBillingPercent", "-1", "coDeliveryBillingPercent", "100.5", "designatedTrainers", 0))
                .post(agreements).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("shadowBillingPercent")).body("errors.field", hasItem("coDeliveryBillingPercent"))
                .body("errors.field", hasItem("designatedTrainers"));
        as("admin").body(Map.of("model", "RESELLER", "validFrom", "2040-01-01", "discountPercent", 10,
                        "coDeliveryBillingPercent", "50.125", "designatedTrainers", 1001))
                .post(agreements).then().statusCode(400).body("errors.field", hasItem("coDeliveryBillingPercent"))
                .body("errors.field", hasItem("designatedTrainers"));
        as("admin").get(agreements).then().statusCode(200).body("size()", equalTo(2));
    }

    @Test
    @Order(5)
    void withdrawnWithAReasonByThePartnerAdminEndsTheProcess() throws SQLException {
        long candidacy = nominated("pa.fabrikam", Sessions.publishedIltCourse().id());

        // No reason, a blank one; another partner's admin (not found); a trainer; a training leader.
        withdraw("pa.fabrikam", candidacy, Map.of()).then().statusCode(400).body("errors.field", hasItem(containsString("reason")));
        withdraw("pa.fabrikam", candidacy, Map.of("reason", " ")).then().statusCode(400);
        withdraw("pa.northwind", candidacy, Map.of("reason", "not mine")).then().statusCode(404);
        withdraw("trainer.fabrikam", candidacy, Map.of("reason", "x")).then().statusCode(403);
        withdraw("leader", candidacy, Map.of("reason", "x")).then().statusCode(403);
        assertThat(processCount(candidacy)).isOne();

        withdraw("pa.fabrikam", candidacy, Map.of("reason", "Moved to another role")).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawalReason", equalTo("Moved to another role"))
                .body("withdrawnBy", equalTo("pa.fabrikam"));
        assertThat(processCount(candidacy)).isZero();
        withdraw("admin", candidacy, Map.of("reason", "again")).then().statusCode(409);
        candidacy("admin", candidacy).then().body("history.what", equalTo(List.of("NOMINATED", "WITHDRAWN")))
                .body("history[1].by", equalTo("pa.fabrikam")).body("history[1].detail", equalTo("Moved to another role"));
    }

    @Test
    @Order(6)
    void partnerAdminsSeeOnlyTheirPeoplesCandidaciesAndTrainersTheirOwn() throws SQLException {
        long fabrikams = nominated("pa.fabrikam", Sessions.publishedIltCourse().id());
        long northwinds = id(nominate("admin", person("pa.northwind", "Northwind Berlin", List.of("TRAINER")),
                Sessions.publishedIltCourse().id()).then().statusCode(201).extract().path("id"));

        assertThat(candidacies("pa.fabrikam", "")).contains(fabrikams).doesNotContain(northwinds);
        assertThat(candidacies("pa.northwind", "")).contains(northwinds).doesNotContain(fabrikams);
        assertThat(candidacies("leader", "")).contains(fabrikams, northwinds);
        assertThat(candidacies("admin", "?partnerId=" + NORTHWIND)).contains(northwinds).doesNotContain(fabrikams);
        assertThat(candidacies("admin", "?status=NOMINATED&partnerId=" + FABRIKAM)).contains(fabrikams);
        candidacy("pa.northwind", fabrikams).then().statusCode(404).contentType(PROBLEM);
        candidacy("pa.fabrikam", fabrikams).then().statusCode(200);
        as("pa.fabrikam").get(V1 + "/trainer-candidacies?status=SOMETIMES").then().statusCode(400);
        as("trainer.fabrikam").get(V1 + "/trainer-candidacies").then().statusCode(403);
        as("alice").get(V1 + "/trainer-candidacies/" + fabrikams).then().statusCode(403);

        // The candidate reads their own (and only their own).
        String candidate = username(candidateOf(fabrikams));
        asNew(candidate).get(V1 + "/me/trainer-candidacies").then().statusCode(200)
                .body("id", equalTo(List.of((int) fabrikams)));
        asNew(candidate).get(V1 + "/trainer-candidacies/" + fabrikams).then().statusCode(200);
        asNew(candidate).get(V1 + "/trainer-candidacies/" + northwinds).then().statusCode(404);
    }

    /**
     * The way through the steps with real data: live training through a real instructor-led enrollment
     * completed by attendance (the academy clock moves past the session and its attendance grace, so this
     * runs last), the trainer exam named by the course's delivery standard passed in a real attempt, then
     * shadowing and co-delivery recorded, ending on the observed delivery (the panel is helper B's).
     */
    @Test
    @Order(99)
    void theWayFromNominationToTheObservedDeliveryWithRealEnrollmentAndExam() throws SQLException {
        var course = Sessions.publishedIltCourse();
        // The delivery standard names a trainer exam (inserted with SQL: the standards API is helper B's).
        long exam = AssessmentFixtures.publishedExam(Map.of("kind", "TRAINER_EXAM", "courseId", course.id(),
                "passMarkPercent", 80), AssessmentFixtures.autoGradedQuestions(false));
        sql("insert into delivery_standard (course_code, trainer_exam_id, updated_at, updated_by) values (?, ?, now(6), 'it')",
                course.code(), exam);
        var body = newPerson(List.of(locationId("pa.fabrikam", "Fabrikam Lyon")), List.of("TRAINER", "LEARNER"));
        body.put("initialPassword", EnrollmentFixtures.LEARNER_PASSWORD);
        long candidate = id(as("pa.fabrikam").body(body).post(V1 + "/people").then().statusCode(201).extract().path("id"));
        String username = (String) body.get("username");
        long lead = person("pa.fabrikam", "Fabrikam Lyon", List.of("TRAINER"));
        authorise(lead, course.id(), course.code());

        long candidacy = id(nominate("pa.fabrikam", candidate, course.id()).then().statusCode(201).extract().path("id"));
        decide("admin", candidacy, Map.of("accepted", true)).then().statusCode(200);
        long session = Sessions.create("admin", Sessions.body(course.publicOffering()));
        long enrollment = id(EnrollmentFixtures.login(username).body(Map.of("sessionId", session)).post(V1 + "/enrollments")
                .then().statusCode(201).body("seat.state", equalTo("SEATED")).extract().path("id"));
        as("admin").body(Map.of("day", Sessions.inDays(30).toString(),
                        "marks", List.of(Map.of("enrollmentId", enrollment, "present", true))))
                .put(V1 + "/sessions/" + session + "/attendance").then().statusCode(200);
        candidacy("admin", candidacy).then().body("status", equalTo("LIVE_TRAINING"));

        as("admin").body(Map.of("advanceBy", "P40D")).put(V1 + "/platform/clock").then().statusCode(200);

        assertThat(awaitStatus(candidacy, "TRAINER_EXAM")).isEqualTo("TRAINER_EXAM");
        candidacy("admin", candidacy).then().body("steps[0].kind", equalTo("LIVE_TRAINING"))
                .body("steps[0].sessionId", equalTo((int) session)).body("steps[0].enrollmentId", equalTo((int) enrollment));

        var attempt = EnrollmentFixtures.login(username).post(V1 + "/exams/" + exam + "/attempts").then().statusCode(201)
                .extract().jsonPath();
        AssessmentFixtures.answerRight(username, attempt);
        EnrollmentFixtures.login(username).post(V1 + "/attempts/" + attempt.getLong("id") + "/submission").then()
                .statusCode(200).body("passed", equalTo(true));
        assertThat(awaitStatus(candidacy, "SHADOWING")).isEqualTo("SHADOWING");
        candidacy("admin", candidacy).then().body("steps[1].kind", equalTo("TRAINER_EXAM"))
                .body("steps[1].attemptId", equalTo((int) attempt.getLong("id"))).body("steps[1].scorePercent", amount("100"));

        record("leader", candidacy, "shadowings", Map.of("sessionId", pastSession(course.publicOffering(), lead, null)))
                .then().statusCode(201).body("status", equalTo("CO_DELIVERY"));
        record("leader", candidacy, "co-deliveries", Map.of("sessionId", pastSession(course.publicOffering(), lead, candidate)))
                .then().statusCode(201).body("status", equalTo("OBSERVED_DELIVERY"));
        EnrollmentFixtures.login(username).get(V1 + "/me/trainer-candidacies").then().statusCode(200)
                .body("[0].status", equalTo("OBSERVED_DELIVERY")).body("[0].steps.kind",
                        equalTo(List.of("LIVE_TRAINING", "TRAINER_EXAM", "SHADOWING", "CO_DELIVERY")));
        assertThat(waitsFor(candidacy, "TrainerPanelDecided")).isTrue();

        // Withdrawn and nominated again: the live training already completed counts when the vendor accepts.
        withdraw("admin", candidacy, Map.of("reason", "Start over")).then().statusCode(200);
        long again = id(nominate("pa.fabrikam", candidate, course.id()).then().statusCode(201).extract().path("id"));
        decide("admin", again, Map.of("accepted", true)).then().statusCode(200).body("status", equalTo("TRAINER_EXAM"))
                .body("steps[0].kind", equalTo("LIVE_TRAINING")).body("steps[0].enrollmentId", equalTo((int) enrollment));
    }

    private static String awaitStatus(long candidacy, String status) {
        EnrollmentFixtures.await(Duration.ofSeconds(60),
                () -> status.equals(candidacy("admin", candidacy).then().extract().path("status")));
        return candidacy("admin", candidacy).then().extract().path("status");
    }

    // --- helpers ---

    private static org.hamcrest.Matcher<Object> amount(String expected) {
        return new org.hamcrest.CustomTypeSafeMatcher<>("an amount of " + expected) {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number
                        && new java.math.BigDecimal(actual.toString()).compareTo(new java.math.BigDecimal(expected)) == 0;
            }
        };
    }

    private static io.restassured.response.Response nominate(String who, long candidateId, long courseId) {
        return as(who).body(Map.of("candidateId", candidateId, "courseId", courseId, "note", "Ready to teach"))
                .post(V1 + "/trainer-candidacies");
    }

    /** A new trainer of the partner admin's partner, nominated by them. */
    private static long nominated(String partnerAdmin, long courseId) {
        String location = partnerAdmin.equals("pa.fabrikam") ? "Fabrikam Lyon" : "Northwind Berlin";
        long trainer = person(partnerAdmin, location, List.of("TRAINER", "LEARNER"));
        return id(nominate(partnerAdmin, trainer, courseId).then().statusCode(201).extract().path("id"));
    }

    private static long draftClassroomCourse() {
        return id(as("admin").body(Map.of("code", "ILT-D" + org.partneracademy.it.support.Network.suffix().toUpperCase(),
                        "title", "Draft classroom", "description", "Never published", "format", "INSTRUCTOR_LED_CLASSROOM",
                        "language", "en", "listPrice", "500.00", "currency", "EUR",
                        "modules", List.of(Map.of("title", "Day one", "durationMinutes", 480))))
                .post(V1 + "/courses").then().statusCode(201).extract().path("id"));
    }

    private static io.restassured.response.Response decide(String who, long id, Map<String, Object> body) {
        return as(who).body(body).post(V1 + "/trainer-candidacies/" + id + "/decision");
    }

    private static io.restassured.response.Response record(String who, long id, String what, Map<String, Object> body) {
        return as(who).body(body).post(V1 + "/trainer-candidacies/" + id + "/" + what);
    }

    private static io.restassured.response.Response withdraw(String who, long id, Map<String, Object> body) {
        return as(who).body(body).post(V1 + "/trainer-candidacies/" + id + "/withdrawal");
    }

    private static io.restassured.response.Response candidacy(String who, long id) {
        return as(who).get(V1 + "/trainer-candidacies/" + id);
    }

    private static List<Long> candidacies(String who, String query) {
        List<Number> ids = as(who).get(V1 + "/trainer-candidacies" + query).then().statusCode(200).extract().path("id");
        return ids.stream().map(Number::longValue).toList();
    }

    private static long person(String admin, String location, List<String> roles) {
        return id(as(admin).body(newPerson(List.of(locationId(admin, location)), roles)).post(V1 + "/people")
                .then().statusCode(201).extract().path("id"));
    }

    private static long id(Object number) {
        return ((Number) number).longValue();
    }

    /** A one-day session 10 days ago (sessions may be scheduled in the past), with a lead and maybe a co-instructor. */
    private static long pastSession(long offeringId, long lead, Long coInstructor) throws SQLException {
        Map<String, Object> body = new HashMap<>(Sessions.body(offeringId));
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(10);
        body.put("days", List.of(Sessions.day(day, "09:00", "17:00")));
        body.put("enrollmentClosesAt", day.minusDays(3) + "T12:00:00Z");
        long session = Sessions.create("admin", body);
        instructor(session, lead, "LEAD");
        if (coInstructor != null) {
            instructor(session, coInstructor, "CO");
        }
        return session;
    }

    private static void instructor(long session, long person, String role) throws SQLException {
        sql("insert into session_instructor (session_id, person_id, role) values (?, ?, ?)", session, person, role);
    }

    /** A DIRECT authorisation for the course's family and major 1, as helper C's service would grant it. */
    private static void authorise(long trainer, long courseId, String code) throws SQLException {
        Instant now = Instant.now();
        sql("""
                insert into trainer_authorisation (trainer_id, course_id, course_code, version_major, status, granted_via,
                granted_at, expires_at) values (?, ?, ?, 1, 'ACTIVE', 'DIRECT', ?, ?)""", trainer, courseId, code,
                Timestamp.from(now.minus(Duration.ofDays(30))), Timestamp.from(now.plus(Duration.ofDays(3650))));
    }

    /** A candidacy on a given step with no process behind it (steps recorded for it tell no process). */
    private static long insertCandidacy(long candidate, long courseId, String code, String status) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = connection(); var statement = c.prepareStatement("""
                insert into trainer_candidacy (candidate_id, course_id, course_code, version_major, kind, status,
                nominated_by, nominated_at, step_since) values (?, ?, ?, 1, 'INITIAL', ?, 'admin', ?, ?)""",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            statement.setLong(1, candidate);
            statement.setLong(2, courseId);
            statement.setString(3, code);
            statement.setString(4, status);
            statement.setTimestamp(5, now);
            statement.setTimestamp(6, now);
            statement.executeUpdate();
            try (var keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long steps(long candidacy) throws SQLException {
        return count("select count(*) from candidacy_step where candidacy_id = ?", candidacy);
    }

    private static long processCount(long candidacy) throws SQLException {
        return count("""
                select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_
                where e.BUSINESS_KEY_ = ? and d.KEY_ = 'trainer-certification' and e.PARENT_ID_ is null""",
                String.valueOf(candidacy));
    }

    private static boolean waitsFor(long candidacy, String message) throws SQLException {
        return count("""
                select count(*) from ACT_RU_EVENT_SUBSCR s join ACT_RU_EXECUTION e on e.ID_ = s.PROC_INST_ID_
                where e.BUSINESS_KEY_ = ? and s.EVENT_NAME_ = ?""", String.valueOf(candidacy), message) > 0;
    }

    private static long candidateOf(long candidacy) throws SQLException {
        return count("select candidate_id from trainer_candidacy where id = ?", candidacy);
    }

    private static String username(long person) throws SQLException {
        try (Connection c = connection(); var statement = c.prepareStatement("select username from person where id = ?")) {
            statement.setLong(1, person);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static long count(String query, Object... parameters) throws SQLException {
        try (Connection c = connection(); var statement = c.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void sql(String statementText, Object... parameters) throws SQLException {
        try (Connection c = connection(); var statement = c.prepareStatement(statementText)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Connection connection() throws SQLException {
        var database = TestDatabaseSession.coordinates();
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }
}
