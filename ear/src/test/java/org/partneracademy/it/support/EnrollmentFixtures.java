package org.partneracademy.it.support;

import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * What the enrollment tests set up over REST: fresh learners (imported into Contoso under a fresh
 * manager, so no other test's enrollments or approvals get in the way), instructor-led courses with an
 * offering policy, and sessions.
 */
public final class EnrollmentFixtures {

    public static final String LEARNER_PASSWORD = "enroll-password-1";
    private static final String HEADER = "username,displayName,email,position,locations,roles,initialPassword,persona,manager\n";

    private EnrollmentFixtures() {
    }

    /** A team: {@code manager} (a learner who manages the others) and {@code learners}, all at Contoso London. */
    public record Team(String manager, List<String> learners, Map<String, Long> ids) {
    }

    public static Team team(int learners) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String manager = "mgr-" + tag;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            names.add("lrn-" + tag + "-" + i);
        }
        Map<String, Long> ids = new HashMap<>(importPeople(List.of(manager), "pa.contoso"));
        for (int from = 0; from < names.size(); from += 100) {
            ids.putAll(importPeople(names.subList(from, Math.min(names.size(), from + 100)), manager));
        }
        return new Team(manager, names, ids);
    }

    private static Map<String, Long> importPeople(List<String> usernames, String manager) {
        var csv = new StringBuilder(HEADER);
        usernames.forEach(u -> csv.append(u).append(",Learner ").append(u).append(',').append(u)
                .append("@example.com,SALES_REP,Contoso London,LEARNER,").append(LEARNER_PASSWORD).append(",,")
                .append(manager).append('\n'));
        var people = as("pa.contoso").contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post(V1 + "/people/import").then().statusCode(200).extract();
        List<String> names = people.path("people.username");
        List<Number> ids = people.path("people.id");
        Map<String, Long> byName = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), ids.get(i).longValue());
        }
        return byName;
    }

    /** Signed in as an imported person. */
    public static io.restassured.specification.RequestSpecification login(String username) {
        return io.restassured.RestAssured.given().auth().preemptive().basic(username, LEARNER_PASSWORD)
                .contentType(io.restassured.http.ContentType.JSON).accept(io.restassured.http.ContentType.JSON);
    }

    /** A published classroom course; returns its id. */
    public static long classroomCourse() {
        long id = ((Number) as("admin").body(Map.of(
                        "code", "ILT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "title", "Classroom course",
                        "description", "Created by an enrollment test",
                        "format", "INSTRUCTOR_LED_CLASSROOM",
                        "language", "en",
                        "listPrice", "900.00",
                        "currency", "EUR",
                        "modules", List.of(Map.of("title", "Day one", "durationMinutes", 480))))
                .post(V1 + "/courses").then().statusCode(201).extract().path("id")).longValue();
        as("admin").post(V1 + "/courses/" + id + "/publication").then().statusCode(200);
        return id;
    }

    /** The course's PUBLIC offering, its policy set: approval needed or not, free cancellation days. */
    public static long publicOffering(long courseId, String price, boolean requiresApproval, int freeCancellationDays) {
        long offeringId = ((Number) as("admin").get(V1 + "/courses/" + courseId + "/offerings").then().statusCode(200)
                .extract().path("find { it.kind == 'PUBLIC' }.id")).longValue();
        as("admin").body(Map.of("listPrice", price, "currency", "EUR", "requiresApproval", requiresApproval,
                        "freeCancellationDays", freeCancellationDays))
                .put(V1 + "/courses/" + courseId + "/offerings/" + offeringId).then().statusCode(200);
        return offeringId;
    }

    /** A PRIVATE offering needing approval (manager, then vendor). */
    public static long privateOffering(long courseId) {
        return ((Number) as("admin").body(Map.of("kind", "PRIVATE", "listPrice", "5000.00", "currency", "EUR",
                        "requiresApproval", true, "freeCancellationDays", 7))
                .post(V1 + "/courses/" + courseId + "/offerings").then().statusCode(201).extract().path("id")).longValue();
    }

    /** A one-day session {@code daysAhead} days from now (09:00-17:00 UTC), closing {@code closesIn} from now. */
    public static long session(long offeringId, int capacity, int daysAhead, Duration closesIn) {
        var day = LocalDate.now(ZoneOffset.UTC).plusDays(daysAhead);
        return ((Number) as("admin").body(Map.of(
                        "offeringId", offeringId,
                        "timeZone", "UTC",
                        "days", List.of(Map.of("day", day.toString(), "startsAt", "09:00", "endsAt", "17:00")),
                        "venue", "Training room 1",
                        "capacity", capacity,
                        "minToRun", 1,
                        "enrollmentClosesAt", Instant.now().plus(closesIn).toString()))
                .post(V1 + "/sessions").then().statusCode(201).extract().path("id")).longValue();
    }

    public static long session(long offeringId, int capacity) {
        return session(offeringId, capacity, 30, Duration.ofDays(20));
    }

    /** Waits up to {@code timeout} for the condition (the job executor works asynchronously). */
    public static boolean await(Duration timeout, BooleanSupplier condition) {
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    /**
     * The event types of a demo learner's registration once it has {@code count} of them (process jobs
     * record them asynchronously), or as they are after a minute.
     */
    public static List<String> awaitRegistrationEvents(String demoLearner, long enrollmentId, int count) {
        List<List<String>> types = new ArrayList<>(List.of(List.of()));
        await(Duration.ofSeconds(60), () -> {
            types.set(0, as(demoLearner).get(V1 + "/enrollments/" + enrollmentId + "/registration").then().extract()
                    .path("events.type"));
            return types.get(0) != null && types.get(0).size() >= count;
        });
        return types.get(0);
    }
}
