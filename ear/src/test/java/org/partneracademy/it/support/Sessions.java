package org.partneracademy.it.support;

import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Instructor-led courses and session bodies for the session tests. */
public final class Sessions {

    public static final long NORTHWIND = 1;
    public static final long CONTOSO = 2;
    public static final long FABRIKAM = 3;
    /** trainer.contoso and trainer.fabrikam in the demo data. */
    public static final long CONTOSO_TRAINER = 6;
    public static final long FABRIKAM_TRAINER = 7;

    private Sessions() {
    }

    /** A published classroom course with a PUBLIC and a PRIVATE offering: its code and offering ids by kind. */
    public record IltCourse(long id, String code, long publicOffering, long privateOffering) {
    }

    /**
     * A published classroom course whose lead instructors may be the demo trainers: trainer.contoso and
     * trainer.fabrikam hold a DIRECT authorisation for it (leads must be authorised since issue 6).
     */
    public static IltCourse publishedIltCourse() {
        var course = publishedIltCourseWithoutAuthorisations();
        authorise(CONTOSO_TRAINER, course.id());
        authorise(FABRIKAM_TRAINER, course.id());
        return course;
    }

    /** The vendor admin authorises the trainer directly for the course's family and major; returns the authorisation id. */
    public static long authorise(long trainerId, long courseId) {
        return ((Number) as("admin").body(Map.of("trainerId", trainerId, "courseId", courseId,
                        "reason", "Taught this course before the academy existed (test fixture)"))
                .post(V1 + "/trainer-authorisations").then().statusCode(201).extract().path("id")).longValue();
    }

    public static IltCourse publishedIltCourseWithoutAuthorisations() {
        String code = "ILT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long id = ((Number) as("admin").body(Map.of(
                        "code", code, "title", "Classroom " + code, "description", "Created by a session test",
                        "format", "INSTRUCTOR_LED_CLASSROOM", "language", "en", "listPrice", "500.00", "currency", "EUR",
                        "modules", List.of(Map.of("title", "Day one", "durationMinutes", 480))))
                .post(V1 + "/courses").then().statusCode(201).extract().path("id")).longValue();
        as("admin").post(V1 + "/courses/" + id + "/publication").then().statusCode(200);
        long privateOffering = ((Number) as("admin").body(Map.of("kind", "PRIVATE", "listPrice", "4000.00", "currency", "EUR"))
                .post(V1 + "/courses/" + id + "/offerings").then().statusCode(201).extract().path("id")).longValue();
        long publicOffering = ((Number) as("admin").get(V1 + "/courses/" + id + "/offerings").then().statusCode(200)
                .extract().path("find { it.kind == 'PUBLIC' }.id")).longValue();
        return new IltCourse(id, code, publicOffering, privateOffering);
    }

    /** A day {@code daysAhead} from today (UTC). */
    public static LocalDate inDays(int daysAhead) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(daysAhead);
    }

    /**
     * A one-day Berlin classroom session 30 days ahead, 09:00–17:00, capacity 10, closing 3 days before;
     * change what a test needs in the returned map.
     */
    public static Map<String, Object> body(long offeringId) {
        Map<String, Object> body = new HashMap<>();
        body.put("offeringId", offeringId);
        body.put("timeZone", "Europe/Berlin");
        body.put("days", new ArrayList<>(List.of(day(inDays(30), "09:00", "17:00"))));
        body.put("venue", "Berlin, Training Room 1");
        body.put("capacity", 10);
        body.put("minToRun", 3);
        body.put("enrollmentClosesAt", inDays(27) + "T12:00:00Z");
        body.put("instructorIds", List.of());
        return body;
    }

    public static Map<String, Object> day(LocalDate day, String starts, String ends) {
        return Map.of("day", day.toString(), "startsAt", starts, "endsAt", ends);
    }

    /**
     * The demo learner enrolls on the session through the enrollment API (the process claims the seat)
     * and gets {@code seatState} (SEATED or WAITLISTED); returns the enrollment id.
     */
    public static long enroll(String learner, long sessionId, String seatState) {
        return ((Number) as(learner).body(Map.of("sessionId", sessionId)).post(V1 + "/enrollments").then()
                .statusCode(201).body("seat.state", org.hamcrest.Matchers.equalTo(seatState))
                .extract().path("id")).longValue();
    }

    public static long create(String admin, Map<String, Object> body) {
        return ((Number) as(admin).body(body).post(V1 + "/sessions").then().statusCode(201).extract().path("id")).longValue();
    }
}
