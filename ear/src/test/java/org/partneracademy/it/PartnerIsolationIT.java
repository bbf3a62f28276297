package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.CertifiedPeople;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;

/**
 * Every partner-scoped endpoint, called by another partner's people with ids of Contoso's: Fabrikam's
 * admin (pa.fabrikam) on Contoso's person, location and lists; Fabrikam's learner (ines) on a Contoso
 * learner's enrollment. Each answers 404 exactly as for an id that does not exist (guessing ids reveals
 * nothing), lists leave Contoso out, and afterwards nothing of Contoso's has changed.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class PartnerIsolationIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void anotherPartnersAdminFindsNoneOfContososPeopleOrLocations() {
        long emma = as("pa.contoso").queryParam("q", "emma").queryParam("size", 1).get(V1 + "/people").then()
                .statusCode(200).extract().<Number>path("[0].id").longValue();
        var contosoLocations = as("pa.contoso").get(V1 + "/locations").then().statusCode(200).extract();
        long london = contosoLocations.<Number>path("find { it.name == 'Contoso London' }.id").longValue();
        var before = as("pa.contoso").get(V1 + "/people/" + emma).then().statusCode(200).extract().asString();

        as("pa.fabrikam").get(V1 + "/people/" + emma).then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").get(V1 + "/people/" + emma + "/paths").then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").body(Map.of("position", "SALES_REP", "locationIds", List.of(london), "roles", List.of("LEARNER")))
                .put(V1 + "/people/" + emma).then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").post(V1 + "/people/" + emma + "/deactivation").then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").body(Map.of("name", "Taken over", "brandIds", List.of()))
                .put(V1 + "/locations/" + london).then().statusCode(404).contentType(PROBLEM);

        // Lists: Contoso's people and locations are simply not there, even when asked for by location.
        as("pa.fabrikam").get(V1 + "/people").then().statusCode(200).body("username", not(hasItem("emma")));
        as("pa.fabrikam").queryParam("location", london).queryParam("size", 10).get(V1 + "/people").then()
                .statusCode(200).header("X-Total-Count", equalTo("0"));
        as("pa.fabrikam").get(V1 + "/locations").then().statusCode(200).body("id", not(hasItem((int) london)));
        as("pa.fabrikam").queryParam("location", london).get(V1 + "/team").then().statusCode(200)
                .body("total", equalTo(0));

        // Adding someone to a Contoso location from Fabrikam is refused and adds nobody.
        as("pa.fabrikam").body(Map.of("username", "isolation.intruder", "displayName", "Intruder",
                        "email", "isolation.intruder@example.com", "position", "SALES_REP", "locationIds", List.of(london),
                        "roles", List.of("LEARNER"), "initialPassword", "a-long-initial-password"))
                .post(V1 + "/people").then().statusCode(404).contentType(PROBLEM);
        as("admin").queryParam("q", "isolation.intruder").queryParam("size", 1).get(V1 + "/people").then()
                .statusCode(200).header("X-Total-Count", equalTo("0"));

        assertThat(as("pa.contoso").get(V1 + "/people/" + emma).then().statusCode(200).extract().asString())
                .as("Contoso's person after the attempts").isEqualTo(before);
        as("pa.contoso").get(V1 + "/locations").then().body("name", hasItem("Contoso London"));
    }

    @Test
    void anotherPartnersLearnerFindsNoneOfAContosoLearnersEnrollment() {
        var course = Api.publishedCourse("Isolated module");
        long enrollment = Api.enroll("mona", ((Number) course.path("id")).longValue());
        long module = Api.moduleIds(course).get(0);

        as("ines").get(V1 + "/enrollments/" + enrollment).then().statusCode(404).contentType(PROBLEM);
        as("ines").get(V1 + "/enrollments/" + enrollment + "/registration").then().statusCode(404).contentType(PROBLEM);
        as("ines").put(V1 + "/enrollments/" + enrollment + "/modules/" + module + "/completion").then()
                .statusCode(404).contentType(PROBLEM);
        as("ines").body(Map.of("rating", 1, "comment", "not mine")).put(V1 + "/enrollments/" + enrollment + "/feedback")
                .then().statusCode(404).contentType(PROBLEM);
        as("ines").get(V1 + "/enrollments").then().statusCode(200).body("id", not(hasItem((int) enrollment)));

        as("mona").get(V1 + "/enrollments/" + enrollment).then().statusCode(200).body("modulesCompleted", equalTo(0));
    }

    /** A session Contoso delivers is out of Fabrikam's reach: 404 on every call, missing from lists, unchanged. */
    @Test
    void anotherPartnersAdminFindsNoneOfContososSessions() {
        var course = org.partneracademy.it.support.Sessions.publishedIltCourse();
        var body = org.partneracademy.it.support.Sessions.body(course.publicOffering());
        long session = org.partneracademy.it.support.Sessions.create("pa.contoso", body);
        var before = as("pa.contoso").get(V1 + "/sessions/" + session).then().statusCode(200).extract().asString();

        as("pa.fabrikam").get(V1 + "/sessions/" + session).then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").body(body).put(V1 + "/sessions/" + session).then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").body(Map.of("allocations", List.of(Map.of("partnerId", 3, "quota", 5))))
                .put(V1 + "/sessions/" + session + "/allocations").then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").get(V1 + "/sessions/" + session + "/roster").then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").get(V1 + "/sessions/" + session + "/waitlist").then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").body(Map.of("reason", "taken over")).post(V1 + "/sessions/" + session + "/cancellation")
                .then().statusCode(404).contentType(PROBLEM);
        as("trainer.fabrikam").get(V1 + "/sessions/" + session + "/attendance").then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").queryParam("scope", "managed").queryParam("course", course.code()).get(V1 + "/sessions")
                .then().statusCode(200).header("X-Total-Count", equalTo("0"));

        assertThat(as("pa.contoso").get(V1 + "/sessions/" + session).then().statusCode(200).extract().asString())
                .as("Contoso's session after the attempts").isEqualTo(before);
    }

    /** A Contoso learner's enrollment request is out of Fabrikam's reach: not to decide, cancel, move or add to. */
    @Test
    void anotherPartnerCannotDecideCancelOrMakeAContosoLearnersEnrollment() {
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long learnerId = team.ids().get(learner);
        long courseId = EnrollmentFixtures.classroomCourse();
        long session = EnrollmentFixtures.session(
                EnrollmentFixtures.publicOffering(courseId, "0.00", true, 7), 5);
        long enrollment = ((Number) EnrollmentFixtures.login(learner)
                .body(Map.of("sessionId", session)).post(V1 + "/enrollments").then().statusCode(201)
                .extract().path("id")).longValue();

        as("pa.fabrikam").get(V1 + "/approvals").then().statusCode(200).body("enrollmentId", not(hasItem((int) enrollment)));
        as("pa.fabrikam").body(Map.of("decision", "APPROVE")).put(V1 + "/approvals/" + enrollment)
                .then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").body(Map.of("reason", "not mine")).post(V1 + "/enrollments/" + enrollment + "/cancellation")
                .then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").body(Map.of("sessionId", session)).post(V1 + "/people/" + learnerId + "/enrollments")
                .then().statusCode(404).contentType(PROBLEM);
        as("ines").post(V1 + "/enrollments/" + enrollment + "/offer-acceptance").then().statusCode(404).contentType(PROBLEM);
        as("ines").body(Map.of("sessionId", session)).post(V1 + "/enrollments/" + enrollment + "/reschedule")
                .then().statusCode(404).contentType(PROBLEM);

        EnrollmentFixtures.login(learner).get(V1 + "/enrollments/" + enrollment).then()
                .statusCode(200).body("status", equalTo("PENDING_APPROVAL"));
    }

    /** A Contoso learner's certification is out of Fabrikam's reach: not to assign, read, list, revoke or see in a transcript. */
    @Test
    void anotherPartnerFindsNoneOfAContosoLearnersCertifications() {
        var course = Api.publishedCourse("Only module");
        long courseId = ((Number) course.path("id")).longValue();
        long definitionId = org.partneracademy.it.support.CertificationFixtures.create(
                org.partneracademy.it.support.CertificationFixtures.definition(courseId, "P1Y", 30, 30));
        var team = org.partneracademy.it.support.EnrollmentFixtures.team(1);
        long learnerId = team.ids().get(team.learners().get(0));
        long certificationId = org.partneracademy.it.support.CertificationFixtures.assign("pa.contoso", definitionId, learnerId);
        var before = as("pa.contoso").get(V1 + "/certifications/" + certificationId).then().statusCode(200).extract().asString();

        as("pa.fabrikam").body(Map.of("definitionId", definitionId, "learnerIds", List.of(learnerId)))
                .post(V1 + "/certifications").then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").get(V1 + "/certifications/" + certificationId).then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").get(V1 + "/people/" + learnerId + "/transcript").then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").get(V1 + "/certifications").then().statusCode(200).body("id", not(hasItem((int) certificationId)));
        as("ines").get(V1 + "/certifications/" + certificationId).then().statusCode(404).contentType(PROBLEM);
        as("ines").get(V1 + "/people/" + learnerId + "/transcript").then().statusCode(404).contentType(PROBLEM);

        assertThat(as("pa.contoso").get(V1 + "/certifications/" + certificationId).then().statusCode(200).extract().asString())
                .as("the certification after the attempts").isEqualTo(before);
    }

    /** Trainer candidacies (issue 6): Fabrikam's admin nominates, reads, withdraws none of Contoso's trainers. */
    @Test
    void anotherPartnerFindsNoneOfAContosoTrainersCandidacies() {
        var course = org.partneracademy.it.support.Sessions.publishedIltCourse();
        long london = org.partneracademy.it.support.Network.locationId("pa.contoso", "Contoso London");
        long trainer = ((Number) as("pa.contoso").body(org.partneracademy.it.support.Network.newPerson(List.of(london),
                List.of("TRAINER")))
                .post(V1 + "/people").then().statusCode(201).extract().path("id")).longValue();
        long candidacy = ((Number) as("pa.contoso").body(Map.of("candidateId", trainer, "courseId", course.id()))
                .post(V1 + "/trainer-candidacies").then().statusCode(201).extract().path("id")).longValue();
        var before = as("pa.contoso").get(V1 + "/trainer-candidacies/" + candidacy).then().statusCode(200).extract().asString();

        as("pa.fabrikam").body(Map.of("candidateId", trainer, "courseId", course.id()))
                .post(V1 + "/trainer-candidacies").then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").get(V1 + "/trainer-candidacies/" + candidacy).then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").body(Map.of("reason", "not mine")).post(V1 + "/trainer-candidacies/" + candidacy + "/withdrawal")
                .then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").get(V1 + "/trainer-candidacies").then().statusCode(200).body("id", not(hasItem((int) candidacy)));
        as("trainer.fabrikam").get(V1 + "/trainer-candidacies/" + candidacy).then().statusCode(404).contentType(PROBLEM);

        assertThat(as("pa.contoso").get(V1 + "/trainer-candidacies/" + candidacy).then().statusCode(200).extract().asString())
                .as("the candidacy after the attempts").isEqualTo(before);
    }

    /** Certificates and objectives (issue 5): a Contoso learner's PDF and Contoso's objective status. */
    @Test
    void anotherPartnersPeopleFindNeitherAContosoCertificateNorContososObjectives() {
        var team = EnrollmentFixtures.team(1);
        var learner = team.learners().get(0);
        var definition = CertifiedPeople.definition("P2Y", 30);
        long objective = ((Number) as("admin").body(Map.of("partnerId", 2, "definitionId", definition.id(),
                        "position", "SALES_REP", "requiredCount", 1))
                .post(V1 + "/objectives").then().statusCode(201).extract().path("id")).longValue();
        var certified = CertifiedPeople.certify(definition, learner, team.ids().get(learner));
        var pdf = V1 + "/certificates/" + certified.certificateId() + "/pdf";

        as("pa.fabrikam").accept("application/pdf").get(pdf).then().statusCode(404);
        as("ines").accept("application/pdf").get(pdf).then().statusCode(404);
        as("pa.fabrikam").get(V1 + "/partners/2/objectives/status").then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").get(V1 + "/objectives").then().statusCode(200)
                .body("findAll { it.id == " + objective + " }.size()", equalTo(0));

        as("pa.contoso").get(V1 + "/partners/2/objectives/status").then().statusCode(200)
                .body("objectives.find { it.objectiveId == " + objective + " }.certified", equalTo(1));
        as("pa.contoso").accept("application/pdf").get(pdf).then().statusCode(200);
    }

    /** Trainer authorisations: another partner's admin reads neither Contoso's trainers' authorisations nor its designated trainers. */
    @Test
    void anotherPartnersAdminFindsNoneOfContososTrainerAuthorisations() {
        var course = org.partneracademy.it.support.Sessions.publishedIltCourseWithoutAuthorisations();
        long contosos = org.partneracademy.it.support.Sessions.authorise(org.partneracademy.it.support.Sessions.CONTOSO_TRAINER,
                course.id());

        as("pa.fabrikam").get(V1 + "/trainer-authorisations/" + contosos).then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").queryParam("course", course.code()).get(V1 + "/trainer-authorisations").then().statusCode(200)
                .body("size()", equalTo(0));
        as("pa.fabrikam").get(V1 + "/partners/2/designated-trainers").then().statusCode(404).contentType(PROBLEM);
        as("pa.contoso").get(V1 + "/trainer-authorisations/" + contosos).then().statusCode(200);
        as("pa.contoso").get(V1 + "/partners/2/designated-trainers").then().statusCode(200)
                .body("find { it.courseCode == '" + course.code() + "' }.authorised", equalTo(1));
    }
}
