package org.partneracademy.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.Sessions.CONTOSO;
import static org.partneracademy.it.support.Sessions.CONTOSO_TRAINER;
import static org.partneracademy.it.support.Sessions.body;
import static org.partneracademy.it.support.Sessions.day;
import static org.partneracademy.it.support.Sessions.inDays;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.Sessions;

/**
 * Attendance over REST: the session's instructor marks the seated learners per day; someone not on the
 * roster and a day the session does not have are refused with nothing written; other trainers see
 * nothing of the session.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {

    private static final String PROBLEM = "application/problem+json";

    private long session;
    private long emma;
    private long mona;
    private long grace;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    /** A two-day Contoso session taught by trainer.contoso: Emma and Mona seated, Grace waitlisted. */
    @BeforeEach
    void contosoSessionWithLearners() {
        var course = Sessions.publishedIltCourse();
        var body = body(course.publicOffering());
        body.put("days", List.of(day(inDays(30), "09:00", "17:00"), day(inDays(31), "09:00", "17:00")));
        body.put("deliveringPartnerId", CONTOSO);
        body.put("instructorIds", List.of(CONTOSO_TRAINER));
        // Two seats, so that the third learner is waitlisted.
        body.put("capacity", 2);
        body.put("minToRun", 1);
        session = Sessions.create("admin", body);
        emma = Sessions.enroll("emma", session, "SEATED");
        mona = Sessions.enroll("mona", session, "SEATED");
        grace = Sessions.enroll("grace", session, "WAITLISTED");
    }

    @Test
    void theInstructorMarksEachDayAndMayCorrectAMark() {
        as("trainer.contoso").queryParam("scope", "teaching").get(V1 + "/sessions").then().statusCode(200)
                .body("id", hasItem((int) session));
        as("trainer.contoso").get(V1 + "/sessions/" + session + "/attendance").then().statusCode(200)
                .body("rows.enrollmentId", equalTo(List.of((int) emma, (int) mona)))
                .body("days.size()", equalTo(2));

        String first = inDays(30).toString();
        as("trainer.contoso").body(marks(first, Map.of("enrollmentId", emma, "present", true),
                        Map.of("enrollmentId", mona, "present", false)))
                .put(V1 + "/sessions/" + session + "/attendance").then().statusCode(200)
                .body("rows.find { it.enrollmentId == " + emma + " }.marks.'" + first + "'", equalTo(true))
                .body("rows.find { it.enrollmentId == " + mona + " }.marks.'" + first + "'", equalTo(false));

        // Mona arrived late after all: the mark is corrected, not duplicated.
        as("trainer.contoso").body(marks(first, Map.of("enrollmentId", mona, "present", true)))
                .put(V1 + "/sessions/" + session + "/attendance").then().statusCode(200)
                .body("rows.find { it.enrollmentId == " + mona + " }.marks.'" + first + "'", equalTo(true))
                .body("rows.find { it.enrollmentId == " + mona + " }.marks.size()", equalTo(1));
        // The vendor admin reads (and may mark) any session.
        as("admin").get(V1 + "/sessions/" + session + "/attendance").then().statusCode(200)
                .body("rows.find { it.enrollmentId == " + emma + " }.marks.'" + first + "'", equalTo(true));
    }

    @Test
    void someoneNotOnTheRosterOrADayOutsideTheSessionIsRefusedAndNothingIsWritten() {
        String first = inDays(30).toString();
        // Grace is waitlisted, not seated; 987654 is no enrollment at all. Emma's mark in the same request is not written.
        as("trainer.contoso").body(marks(first, Map.of("enrollmentId", emma, "present", true),
                        Map.of("enrollmentId", grace, "present", true), Map.of("enrollmentId", 987654, "present", true)))
                .put(V1 + "/sessions/" + session + "/attendance").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("marks[1].enrollmentId", "marks[2].enrollmentId")));
        // A day before, between and after the session's days.
        for (String day : List.of(inDays(29).toString(), inDays(32).toString(), "2020-01-01")) {
            as("trainer.contoso").body(marks(day, Map.of("enrollmentId", emma, "present", true)))
                    .put(V1 + "/sessions/" + session + "/attendance").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", equalTo(List.of("day")));
        }
        // No day, no marks, a mark without presence.
        as("trainer.contoso").body(Map.of("marks", List.of(Map.of("enrollmentId", emma, "present", true))))
                .put(V1 + "/sessions/" + session + "/attendance").then().statusCode(400).body("errors.field", hasItem("day"));
        as("trainer.contoso").body(Map.of("day", first, "marks", List.of(Map.of("enrollmentId", emma))))
                .put(V1 + "/sessions/" + session + "/attendance").then().statusCode(400)
                .body("errors.field", hasItem("marks[0].present"));

        as("trainer.contoso").get(V1 + "/sessions/" + session + "/attendance").then().statusCode(200)
                .body("rows.find { it.enrollmentId == " + emma + " }.marks.'" + first + "'", nullValue())
                .body("rows.find { it.enrollmentId == " + emma + " }.marks.size()", equalTo(0));
    }

    @Test
    void anotherTrainerSeesNothingOfTheSession() {
        as("trainer.fabrikam").get(V1 + "/sessions/" + session + "/attendance").then().statusCode(404).contentType(PROBLEM);
        as("trainer.fabrikam").body(marks(inDays(30).toString(), Map.of("enrollmentId", emma, "present", false)))
                .put(V1 + "/sessions/" + session + "/attendance").then().statusCode(404);
        as("trainer.fabrikam").queryParam("scope", "teaching").get(V1 + "/sessions").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem((int) session)));
        as("trainer.contoso").get(V1 + "/sessions/" + session + "/attendance").then().statusCode(200)
                .body("rows.find { it.enrollmentId == " + emma + " }.marks.size()", equalTo(0));
    }

    @SafeVarargs
    private static Map<String, Object> marks(String day, Map<String, Object>... marks) {
        return Map.of("day", day, "marks", List.of(marks));
    }
}
