package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.Network.locationId;
import static org.partneracademy.it.support.Network.newPerson;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.PanelFixtures;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.Sessions;

/**
 * The whole train-the-trainer way through the real features, each built on its own: a partner admin
 * nominates a trainer, the vendor accepts, the candidate attends a live session (enrollment and
 * attendance), shadows and co-delivers sessions led by an authorised trainer, delivers in front of a
 * panel of two training leaders who score the rubric, and ends authorised — after which, and not before,
 * the trainer can be picked as lead instructor of a session. The candidacy process, the panel process,
 * the PanelDecided and CandidacyPassed events and the authorisation grant all take part.
 */
@ExtendWith(ArquillianExtension.class)
class TrainerJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aNominatedTrainerBecomesAnAuthorisedLeadInstructor() {
        var course = Sessions.publishedIltCourse();
        List<Long> criteria = PanelFixtures.standard(course.code(), PanelFixtures.rubric());
        long lyon = locationId("pa.fabrikam", "Fabrikam Lyon");
        var candidateBody = newPerson(List.of(lyon), List.of("TRAINER", "LEARNER"));
        candidateBody.put("initialPassword", EnrollmentFixtures.LEARNER_PASSWORD);
        long candidate = id(as("pa.fabrikam").body(candidateBody).post(V1 + "/people").then().statusCode(201)
                .extract().path("id"));
        String candidateName = (String) candidateBody.get("username");
        long lead = id(as("pa.fabrikam").body(newPerson(List.of(lyon), List.of("TRAINER"))).post(V1 + "/people")
                .then().statusCode(201).extract().path("id"));
        Sessions.authorise(lead, course.id());

        // Not authorised yet: the candidate cannot lead a session of the course.
        as("admin").body(fabrikamSession(course.publicOffering(), Sessions.inDays(60), List.of(candidate), List.of()))
                .post(V1 + "/sessions").then().statusCode(400).body("errors.field", hasItem("instructorIds[0]"))
                .body("errors.message", hasItem(containsString("no active authorisation")));

        long candidacy = id(as("pa.fabrikam").body(Map.of("candidateId", candidate, "courseId", course.id(),
                "note", "Ready to teach")).post(V1 + "/trainer-candidacies").then().statusCode(201).extract().path("id"));
        as("admin").body(Map.of("accepted", true)).post(V1 + "/trainer-candidacies/" + candidacy + "/decision")
                .then().statusCode(200).body("status", equalTo("LIVE_TRAINING"));

        // Live training: a seat on a session 30 days ahead, attended; the clock moves past its end.
        long live = Sessions.create("admin", fabrikamSession(course.publicOffering(), Sessions.inDays(30), List.of(lead), List.of()));
        long enrollment = id(EnrollmentFixtures.login(candidateName).body(Map.of("sessionId", live)).post(V1 + "/enrollments")
                .then().statusCode(201).body("seat.state", equalTo("SEATED")).extract().path("id"));
        as("admin").body(Map.of("day", Sessions.inDays(30).toString(),
                        "marks", List.of(Map.of("enrollmentId", enrollment, "present", true))))
                .put(V1 + "/sessions/" + live + "/attendance").then().statusCode(200);
        as("admin").body(Map.of("advanceBy", "P40D")).put(V1 + "/platform/clock").then().statusCode(200);
        awaitStatus(candidacy, "SHADOWING"); // the standard names no trainer exam: that step is skipped

        LocalDate past = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        long shadowed = Sessions.create("admin", fabrikamSession(course.publicOffering(), past, List.of(lead), List.of()));
        as("leader").body(Map.of("sessionId", shadowed)).post(V1 + "/trainer-candidacies/" + candidacy + "/shadowings")
                .then().statusCode(201).body("status", equalTo("CO_DELIVERY"));
        long coDelivered = Sessions.create("admin", fabrikamSession(course.publicOffering(), past.plusDays(1), List.of(lead),
                List.of(candidate)));
        as("leader").body(Map.of("sessionId", coDelivered)).post(V1 + "/trainer-candidacies/" + candidacy + "/co-deliveries")
                .then().statusCode(201).body("status", equalTo("OBSERVED_DELIVERY"));

        // The observed delivery in front of two training leaders, who both pass it.
        var first = PanelFixtures.leader(null);
        var second = PanelFixtures.leader(null);
        long delivery = PanelFixtures.schedule(candidacy, List.of(first, second));
        as("admin").get(V1 + "/trainer-candidacies/" + candidacy).then().body("status", equalTo("PANEL_REVIEW"));
        as(first.username()).body(PanelFixtures.signOff(criteria, 4, 4, "Clear, well-paced labs"))
                .post(V1 + "/signoff-tasks/" + PanelFixtures.taskOf(first, delivery)).then().statusCode(200);
        as(second.username()).body(PanelFixtures.signOff(criteria, 5, 3, "Strong delivery; labs could be tighter"))
                .post(V1 + "/signoff-tasks/" + PanelFixtures.taskOf(second, delivery)).then().statusCode(200);

        awaitStatus(candidacy, "AUTHORISED");
        as("admin").get(V1 + "/observed-deliveries/" + delivery).then().statusCode(200).body("status", equalTo("PASSED"));
        EnrollmentFixtures.login(candidateName).get(V1 + "/me/trainer-authorisations").then().statusCode(200)
                .body("courseCode", hasItem(course.code())).body("status", hasItem("ACTIVE"));

        // Now the trainer can lead a session of the course.
        as("admin").body(fabrikamSession(course.publicOffering(), Sessions.inDays(60), List.of(candidate), List.of()))
                .post(V1 + "/sessions").then().statusCode(201);
    }

    /** A session delivered by Fabrikam on one day (days in the academy clock's past are allowed). */
    private static Map<String, Object> fabrikamSession(long offering, LocalDate day, List<Long> leads, List<Long> coInstructors) {
        Map<String, Object> body = new HashMap<>(Sessions.body(offering));
        body.put("days", List.of(Sessions.day(day, "09:00", "17:00")));
        body.put("enrollmentClosesAt", day.minusDays(3) + "T12:00:00Z");
        body.put("deliveringPartnerId", Sessions.FABRIKAM);
        body.put("instructorIds", leads);
        body.put("coInstructorIds", coInstructors);
        return body;
    }

    private static void awaitStatus(long candidacy, String status) {
        EnrollmentFixtures.await(Duration.ofSeconds(60),
                () -> status.equals(as("admin").get(V1 + "/trainer-candidacies/" + candidacy).then().extract().path("status")));
        assertThat((String) as("admin").get(V1 + "/trainer-candidacies/" + candidacy).then().extract().path("status"))
                .isEqualTo(status);
    }

    private static long id(Object number) {
        return ((Number) number).longValue();
    }
}
