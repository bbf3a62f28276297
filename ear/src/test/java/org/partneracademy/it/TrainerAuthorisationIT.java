package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.Sessions.CONTOSO;
import static org.partneracademy.it.support.Sessions.CONTOSO_TRAINER;
import static org.partneracademy.it.support.Sessions.FABRIKAM;
import static org.partneracademy.it.support.Sessions.FABRIKAM_TRAINER;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.Network;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.Sessions;
import org.partneracademy.it.support.TestDatabaseSession;

/**
 * Trainer authorisations on the real EAR: direct grants and their bad inputs, suspension, reinstatement
 * and revocation with reasons and the audit trail, segregation of duties, lead and co-instructor rules on
 * sessions, a new major version asking for a re-authorisation, and partner isolation.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class TrainerAuthorisationIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void theVendorAdminGrantsDirectlyWithAReasonAndBadGrantsChangeNothing() {
        var course = Sessions.publishedIltCourseWithoutAuthorisations();

        // bad inputs: no reason, a blank reason, a learner (emma), an unknown person, an unknown course, a self-paced course
        grantRefused(Map.of("trainerId", CONTOSO_TRAINER, "courseId", course.id()), "reason");
        grantRefused(Map.of("trainerId", CONTOSO_TRAINER, "courseId", course.id(), "reason", "   "), "reason");
        grantRefused(Map.of("trainerId", 12L, "courseId", course.id(), "reason", "x"),
                "trainerId");
        grantRefused(Map.of("trainerId", 987654321, "courseId", course.id(), "reason", "x"), "trainerId");
        grantRefused(Map.of("trainerId", CONTOSO_TRAINER, "courseId", 987654321, "reason", "x"), "courseId");
        long selfPaced = ((Number) Api.publishedCourse("Only module").path("id")).longValue();
        grantRefused(Map.of("trainerId", CONTOSO_TRAINER, "courseId", selfPaced, "reason", "x"), "courseId");
        // wrong roles: a leader, a partner admin, the trainer themselves
        for (String user : List.of("leader", "pa.contoso", "trainer.contoso")) {
            as(user).body(grant(CONTOSO_TRAINER, course.id())).post(V1 + "/trainer-authorisations").then()
                    .statusCode(403).contentType(PROBLEM);
        }
        as("admin").queryParam("trainerId", CONTOSO_TRAINER).queryParam("course", course.code())
                .get(V1 + "/trainer-authorisations").then().statusCode(200).body("size()", equalTo(0));

        long id = ((Number) as("admin").body(grant(CONTOSO_TRAINER, course.id())).post(V1 + "/trainer-authorisations")
                .then().statusCode(201).body("status", equalTo("ACTIVE")).body("grantedVia", equalTo("DIRECT"))
                .body("courseCode", equalTo(course.code())).body("versionMajor", equalTo(1)).body("mayLead", equalTo(true))
                .body("events.event", equalTo(List.of("GRANTED"))).body("events[0].actor", equalTo("admin"))
                .body("events[0].reason", equalTo("Taught it for years"))
                .extract().path("id")).longValue();
        // twice for the same family and major
        as("admin").body(grant(CONTOSO_TRAINER, course.id())).post(V1 + "/trainer-authorisations").then()
                .statusCode(409).contentType(PROBLEM);

        as("trainer.contoso").get(V1 + "/me/trainer-authorisations").then().statusCode(200)
                .body("find { it.id == " + id + " }.mayLead", equalTo(true));
        as("leader").get(V1 + "/trainer-authorisations/" + id).then().statusCode(200).body("events.size()", equalTo(1));
    }

    @Test
    void leadersSuspendReinstateAndRevokeWithReasonsAndTheTrailSaysWhoWhenAndWhy() {
        var course = Sessions.publishedIltCourseWithoutAuthorisations();
        long id = Sessions.authorise(CONTOSO_TRAINER, course.id());
        String url = V1 + "/trainer-authorisations/" + id;

        // a reason is required: none, blank
        as("leader").body(Map.of()).post(url + "/suspension").then().statusCode(400).body("errors.field", hasItem("reason"));
        as("leader").body(Map.of("reason", " ")).post(url + "/suspension").then().statusCode(400);
        // not a leader: the trainer, a partner admin
        as("trainer.contoso").body(reason("no")).post(url + "/suspension").then().statusCode(403);
        as("pa.contoso").body(reason("no")).post(url + "/suspension").then().statusCode(403);
        // reinstating an active one, unknown id
        as("leader").body(reason("why not")).post(url + "/reinstatement").then().statusCode(422).contentType(PROBLEM);
        as("leader").body(reason("x")).post(V1 + "/trainer-authorisations/987654321/suspension").then().statusCode(404);

        as("leader").body(reason("Learner complaints under review")).post(url + "/suspension").then().statusCode(200)
                .body("status", equalTo("SUSPENDED")).body("mayLead", equalTo(false));
        as("leader").body(reason("again")).post(url + "/suspension").then().statusCode(422);
        as("admin").body(reason("Complaints unfounded")).post(url + "/reinstatement").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        as("leader").body(reason("Taught outdated content twice")).post(url + "/revocation").then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        as("leader").body(reason("twice")).post(url + "/revocation").then().statusCode(422);
        as("leader").body(reason("back")).post(url + "/reinstatement").then().statusCode(422);

        as("leader").get(url).then().statusCode(200)
                .body("events.event", equalTo(List.of("GRANTED", "SUSPENDED", "REINSTATED", "REVOKED")))
                .body("events.actor", equalTo(List.of("admin", "leader", "admin", "leader")))
                .body("events.reason", equalTo(List.of("Taught this course before the academy existed (test fixture)",
                        "Learner complaints under review", "Complaints unfounded", "Taught outdated content twice")));
    }

    /** Segregation of duties: a training leader who works for Contoso may not act on a Contoso trainer's authorisation. */
    @Test
    void aLeaderFromTheTrainersOwnPartnerMayNotActOnIt() throws SQLException {
        var course = Sessions.publishedIltCourseWithoutAuthorisations();
        long contosos = Sessions.authorise(CONTOSO_TRAINER, course.id());
        long fabrikams = Sessions.authorise(FABRIKAM_TRAINER, course.id());
        String contosoLeader = contosoTrainingLeader();

        for (String action : List.of("suspension", "revocation", "reinstatement")) {
            Network.asNew(contosoLeader).body(reason("Conflict of interest test"))
                    .post(V1 + "/trainer-authorisations/" + contosos + "/" + action).then().statusCode(403)
                    .contentType(PROBLEM);
        }
        as("admin").get(V1 + "/trainer-authorisations/" + contosos).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("events.event", equalTo(List.of("GRANTED")));
        // the same leader may act on another partner's trainer
        Network.asNew(contosoLeader).body(reason("Observed a poor delivery"))
                .post(V1 + "/trainer-authorisations/" + fabrikams + "/suspension").then().statusCode(200)
                .body("status", equalTo("SUSPENDED")).body("events[1].actor", equalTo(contosoLeader));
    }

    @Test
    void aLeadInstructorMustHoldAnActiveAuthorisation() {
        var course = Sessions.publishedIltCourseWithoutAuthorisations();
        var body = Sessions.body(course.publicOffering());
        body.put("deliveringPartnerId", CONTOSO);
        body.put("instructorIds", List.of(CONTOSO_TRAINER));

        // not authorised at all
        leadRefused(body);
        long id = Sessions.authorise(CONTOSO_TRAINER, course.id());
        long session = Sessions.create("admin", body);
        as("admin").get(V1 + "/sessions/" + session).then().statusCode(200)
                .body("instructors.username", equalTo(List.of("trainer.contoso")));

        // suspended: refused; reinstated: accepted; revoked: refused (also when editing the existing session)
        as("leader").body(reason("Under review")).post(V1 + "/trainer-authorisations/" + id + "/suspension").then().statusCode(200);
        leadRefused(body);
        as("admin").body(body).put(V1 + "/sessions/" + session).then().statusCode(400)
                .body("errors.field", equalTo(List.of("instructorIds[0]")));
        as("leader").body(reason("Cleared")).post(V1 + "/trainer-authorisations/" + id + "/reinstatement").then().statusCode(200);
        Sessions.create("admin", body);
        as("leader").body(reason("Revoked for good")).post(V1 + "/trainer-authorisations/" + id + "/revocation").then().statusCode(200);
        leadRefused(body);
        // the partner admin gets the same answer
        as("pa.contoso").body(body).post(V1 + "/sessions").then().statusCode(400)
                .body("errors.field", equalTo(List.of("instructorIds[0]")));
    }

    @Test
    void coInstructorsAreAuthorisedTrainersOrCoDeliveringCandidates() throws SQLException {
        var course = Sessions.publishedIltCourseWithoutAuthorisations();
        Sessions.authorise(CONTOSO_TRAINER, course.id());
        var body = Sessions.body(course.publicOffering());
        body.put("deliveringPartnerId", CONTOSO);
        body.put("instructorIds", List.of(CONTOSO_TRAINER));

        // Fabrikam's trainer is neither authorised nor a candidate; a learner; an unknown person; lead and co at once
        coRefused(body, List.of(FABRIKAM_TRAINER), "coInstructorIds[0]");
        coRefused(body, List.of(12L), "coInstructorIds[0]");
        coRefused(body, List.of(987654321L), "coInstructorIds[0]");
        Sessions.authorise(FABRIKAM_TRAINER, course.id());
        coRefused(body, List.of(CONTOSO_TRAINER), "coInstructorIds");

        // authorised (of another partner): accepted as co-instructor, shown apart from the lead
        body.put("coInstructorIds", List.of(FABRIKAM_TRAINER));
        long session = Sessions.create("admin", body);
        as("admin").get(V1 + "/sessions/" + session).then().statusCode(200)
                .body("instructors.username", equalTo(List.of("trainer.contoso")))
                .body("coInstructors.username", equalTo(List.of("trainer.fabrikam")));
        // the co-instructor teaches it too: it is on their sessions and they may take attendance
        as("trainer.fabrikam").queryParam("scope", "teaching").get(V1 + "/sessions").then().statusCode(200)
                .body("id", hasItem((int) session));

        // a candidate on the co-delivery step may co-deliver but not lead
        long candidate = newContosoTrainer();
        candidacyAt(candidate, course.id(), course.code(), "CO_DELIVERY");
        body.put("coInstructorIds", List.of(candidate));
        Sessions.create("admin", body);
        var asLead = new HashMap<>(body);
        asLead.put("instructorIds", List.of(candidate));
        asLead.put("coInstructorIds", List.of());
        leadRefused(asLead);
        // on an earlier step (live training) not yet
        long early = newContosoTrainer();
        candidacyAt(early, course.id(), course.code(), "LIVE_TRAINING");
        coRefused(body, List.of(early), "coInstructorIds[0]");
    }

    @Test
    void aNewMajorVersionAsksAuthorisedTrainersForAReauthorisationAndTellsThem() {
        var course = Sessions.publishedIltCourseWithoutAuthorisations();
        long id = Sessions.authorise(CONTOSO_TRAINER, course.id());
        long v2 = ((Number) as("admin").body(Map.of("versionMajor", 2, "versionMinor", 0))
                .post(V1 + "/courses/" + course.id() + "/versions").then().statusCode(201).extract().path("id")).longValue();
        as("admin").post(V1 + "/courses/" + v2 + "/publication").then().statusCode(200);

        as("leader").get(V1 + "/trainer-authorisations/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("events.event", equalTo(List.of("GRANTED", "REAUTHORISATION_OPENED")))
                .body("events[1].reason", equalTo("Version 2.0 of " + course.code() + " was published"));
        List<String> titles = as("trainer.contoso").get(V1 + "/notifications").then().statusCode(200).extract().path("title");
        assertThat(titles).contains(course.code() + " 2.0: a new observed delivery is needed");
        // the 1.x authorisation does not let the trainer lead 2.0 sessions
        long v2Offering = ((Number) as("admin").get(V1 + "/courses/" + v2 + "/offerings").then().statusCode(200)
                .extract().path("find { it.kind == 'PUBLIC' }.id")).longValue();
        var body = Sessions.body(v2Offering);
        body.put("deliveringPartnerId", CONTOSO);
        body.put("instructorIds", List.of(CONTOSO_TRAINER));
        leadRefused(body);
        // a direct grant on 2.0 supersedes the 1.x one
        long renewed = Sessions.authorise(CONTOSO_TRAINER, v2);
        as("leader").get(V1 + "/trainer-authorisations/" + id).then().body("status", equalTo("SUPERSEDED"));
        as("leader").get(V1 + "/trainer-authorisations/" + renewed).then().body("versionMajor", equalTo(2));
        Sessions.create("admin", body);
    }

    @Test
    void partnerAdminsSeeTheirOwnTrainersOnly() {
        var course = Sessions.publishedIltCourseWithoutAuthorisations();
        long contosos = Sessions.authorise(CONTOSO_TRAINER, course.id());
        long fabrikams = Sessions.authorise(FABRIKAM_TRAINER, course.id());

        as("pa.contoso").get(V1 + "/trainer-authorisations/" + contosos).then().statusCode(200);
        as("pa.contoso").get(V1 + "/trainer-authorisations/" + fabrikams).then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").get(V1 + "/trainer-authorisations/" + contosos).then().statusCode(404).contentType(PROBLEM);
        as("pa.contoso").queryParam("course", course.code()).get(V1 + "/trainer-authorisations").then().statusCode(200)
                .body("id", equalTo(List.of((int) contosos)));
        as("leader").queryParam("course", course.code()).get(V1 + "/trainer-authorisations").then().statusCode(200)
                .body("size()", equalTo(2));
        // bad filters
        as("leader").queryParam("status", "HAPPY").get(V1 + "/trainer-authorisations").then().statusCode(400);
        as("leader").queryParam("trainerId", "abc").get(V1 + "/trainer-authorisations").then().statusCode(400);

        as("pa.contoso").get(V1 + "/partners/" + CONTOSO + "/designated-trainers").then().statusCode(200)
                .body("find { it.courseCode == '" + course.code() + "' }.authorised", equalTo(1));
        as("pa.contoso").get(V1 + "/partners/" + FABRIKAM + "/designated-trainers").then().statusCode(404);
        as("leader").get(V1 + "/partners/" + FABRIKAM + "/designated-trainers").then().statusCode(200);
        as("trainer.contoso").get(V1 + "/partners/" + CONTOSO + "/designated-trainers").then().statusCode(403);
        as("trainer.fabrikam").get(V1 + "/me/trainer-authorisations").then().statusCode(200)
                .body("id", not(hasItem((int) contosos)));
    }

    private static Map<String, Object> grant(long trainerId, long courseId) {
        return Map.of("trainerId", trainerId, "courseId", courseId, "reason", "Taught it for years");
    }

    private static Map<String, Object> reason(String why) {
        return Map.of("reason", why);
    }

    private static void grantRefused(Map<String, Object> body, String field) {
        as("admin").body(body).post(V1 + "/trainer-authorisations").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem(field));
    }

    private static void leadRefused(Map<String, Object> body) {
        as("admin").body(body).post(V1 + "/sessions").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("instructorIds[0]")));
    }

    private static void coRefused(Map<String, Object> body, List<Long> coInstructors, String field) {
        var refused = new HashMap<>(body);
        refused.put("coInstructorIds", coInstructors);
        as("admin").body(refused).post(V1 + "/sessions").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of(field)));
    }

    private static long newContosoTrainer() {
        var person = Network.newPerson(List.of(Network.locationId("pa.contoso", "Contoso London")), List.of("LEARNER", "TRAINER"));
        return ((Number) as("pa.contoso").body(person).post(V1 + "/people").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    /** A Contoso learner made a training leader in the database (the people API gives partner people no leader role). */
    private static String contosoTrainingLeader() throws SQLException {
        var person = Network.newPerson(List.of(Network.locationId("pa.contoso", "Contoso London")), List.of("LEARNER"));
        long id = ((Number) as("pa.contoso").body(person).post(V1 + "/people").then().statusCode(201).extract().path("id"))
                .longValue();
        update("INSERT INTO person_role (person_id, role) VALUES (" + id + ", 'TRAINING_LEADER')");
        return (String) person.get("username");
    }

    /** A candidacy row on the given step with no process behind it (the candidacy feature is another helper's). */
    private static void candidacyAt(long candidateId, long courseId, String code, String status) throws SQLException {
        update("INSERT INTO trainer_candidacy (candidate_id, course_id, course_code, version_major, kind, status, nominated_by,"
                + " nominated_at, step_since) VALUES (" + candidateId + ", " + courseId + ", '" + code + "', 1, 'INITIAL', '"
                + status + "', 'pa.contoso', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
    }

    private static void update(String sql) throws SQLException {
        var database = TestDatabaseSession.coordinates();
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
