package org.partneracademy.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.Network.locationId;
import static org.partneracademy.it.support.Network.newPerson;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Train-the-trainer through the real features: a Fabrikam trainer nominated by their partner admin and
 * walked by the candidacy process up to the observed delivery (accepted, live training attended, shadowing
 * and co-delivery recorded on sessions led by an authorised Fabrikam trainer). The live training moves the
 * academy clock 40 days (the shared deployment returns it to real time after the test class).
 */
public final class TrainerFixtures {

    private TrainerFixtures() {
    }

    /**
     * A candidate waiting for the panel of their observed delivery: the person, their sign-in name
     * (password {@link EnrollmentFixtures#LEARNER_PASSWORD}), display name, candidacy and the lead trainer.
     */
    public record Candidate(long personId, String username, String displayName, long candidacyId, long leadId) {
    }

    /** A new Fabrikam trainer (and learner), not yet authorised for anything. */
    public static Candidate newFabrikamTrainer() {
        long lyon = locationId("pa.fabrikam", "Fabrikam Lyon");
        var body = newPerson(List.of(lyon), List.of("TRAINER", "LEARNER"));
        body.put("initialPassword", EnrollmentFixtures.LEARNER_PASSWORD);
        long person = id(as("pa.fabrikam").body(body).post(V1 + "/people").then().statusCode(201).extract().path("id"));
        long lead = id(as("pa.fabrikam").body(newPerson(List.of(lyon), List.of("TRAINER"))).post(V1 + "/people")
                .then().statusCode(201).extract().path("id"));
        return new Candidate(person, (String) body.get("username"), (String) body.get("displayName"), 0, lead);
    }

    /** Nominates the trainer for the course and walks the candidacy to OBSERVED_DELIVERY. */
    public static Candidate atObservedDelivery(Sessions.IltCourse course, Candidate trainer) {
        Sessions.authorise(trainer.leadId(), course.id());
        long candidacy = id(as("pa.fabrikam").body(Map.of("candidateId", trainer.personId(), "courseId", course.id(),
                "note", "Ready to teach")).post(V1 + "/trainer-candidacies").then().statusCode(201).extract().path("id"));
        as("admin").body(Map.of("accepted", true)).post(V1 + "/trainer-candidacies/" + candidacy + "/decision")
                .then().statusCode(200).body("status", equalTo("LIVE_TRAINING"));

        // Live training: a seat on a session 30 days ahead, attended; the clock moves past its end.
        LocalDate day = Sessions.inDays(30);
        long live = Sessions.create("admin", fabrikamSession(course.publicOffering(), day, List.of(trainer.leadId()), List.of()));
        long enrollment = id(EnrollmentFixtures.login(trainer.username()).body(Map.of("sessionId", live))
                .post(V1 + "/enrollments").then().statusCode(201).body("seat.state", equalTo("SEATED")).extract().path("id"));
        as("admin").body(Map.of("day", day.toString(), "marks", List.of(Map.of("enrollmentId", enrollment, "present", true))))
                .put(V1 + "/sessions/" + live + "/attendance").then().statusCode(200);
        as("admin").body(Map.of("advanceBy", "P40D")).put(V1 + "/platform/clock").then().statusCode(200);
        awaitStatus(candidacy, "SHADOWING"); // these tests' standards name no trainer exam: that step is skipped

        long shadowed = Sessions.create("admin", fabrikamSession(course.publicOffering(), day, List.of(trainer.leadId()), List.of()));
        as("leader").body(Map.of("sessionId", shadowed)).post(V1 + "/trainer-candidacies/" + candidacy + "/shadowings")
                .then().statusCode(201).body("status", equalTo("CO_DELIVERY"));
        long coDelivered = Sessions.create("admin", fabrikamSession(course.publicOffering(), day.plusDays(1),
                List.of(trainer.leadId()), List.of(trainer.personId())));
        as("leader").body(Map.of("sessionId", coDelivered)).post(V1 + "/trainer-candidacies/" + candidacy + "/co-deliveries")
                .then().statusCode(201).body("status", equalTo("OBSERVED_DELIVERY"));
        return new Candidate(trainer.personId(), trainer.username(), trainer.displayName(), candidacy, trainer.leadId());
    }

    /** A one-day session delivered by Fabrikam (a day in the academy clock's past is allowed). */
    public static Map<String, Object> fabrikamSession(long offering, LocalDate day, List<Long> leads, List<Long> coInstructors) {
        Map<String, Object> body = new HashMap<>(Sessions.body(offering));
        body.put("days", List.of(Sessions.day(day, "09:00", "17:00")));
        body.put("enrollmentClosesAt", day.minusDays(3) + "T12:00:00Z");
        body.put("deliveringPartnerId", Sessions.FABRIKAM);
        body.put("instructorIds", leads);
        body.put("coInstructorIds", coInstructors);
        return body;
    }

    /** Waits (the process moves asynchronously) until the candidacy is on the step. */
    public static void awaitStatus(long candidacy, String status) {
        EnrollmentFixtures.await(Duration.ofSeconds(60),
                () -> status.equals(as("admin").get(V1 + "/trainer-candidacies/" + candidacy).then().extract().path("status")));
        assertThat((String) as("admin").get(V1 + "/trainer-candidacies/" + candidacy).then().extract().path("status"))
                .isEqualTo(status);
    }

    private static long id(Object number) {
        return ((Number) number).longValue();
    }
}
