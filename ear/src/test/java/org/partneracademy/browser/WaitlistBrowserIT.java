package org.partneracademy.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partneracademy.it.support.RealEar;

/**
 * The last seat of a session, in a real browser: one learner takes it from the sessions page, the next
 * is waitlisted first in line, the first cancels (free, weeks ahead), and the second is offered the
 * seat, accepts it and is registered. The invite is offered to seated learners only. A learner also
 * finds a session on the calendar view and enrolls from there.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class WaitlistBrowserIT {

    private static final String FIRST = "nils";
    private static final String SECOND = "rosa";

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aCancelledSeatIsOfferedToTheFirstOnTheWaitlistWhoAcceptsIt() {
        String title = "Waitlist class " + UUID.randomUUID().toString().substring(0, 8);
        SessionsOverRest.sessionWithOneSeat(title, false);

        LoginPage.open(browser).signIn(FIRST);
        var sessions = new MyLearningPage(browser).openSessions();
        assertThat(sessions.seatsLeftOf(title)).isEqualTo("1");
        var first = sessions.enroll(title);
        assertThat(first.courseTitle()).isEqualTo(title);
        assertThat(first.seatState()).isEqualTo("Seated (registered)");
        String invite = first.inviteLink().orElseThrow();
        var calendar = given().auth().preemptive().basic(FIRST, RealEar.DEMO_PASSWORD).get(invite).then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        assertThat(calendar).contains("BEGIN:VEVENT", "SUMMARY:" + title, "TZID:Europe/Berlin");
        String firstEnrollment = browser.driver().getCurrentUrl();
        first.signOut().signIn(SECOND);

        sessions = new MyLearningPage(browser).openSessions();
        assertThat(sessions.seatsLeftOf(title)).isEqualTo("Full (waitlist)");
        var second = sessions.enroll(title);
        assertThat(second.seatState()).isEqualTo("Waitlisted");
        assertThat(second.waitlistPosition()).contains("Position 1 on the waitlist");
        assertThat(second.inviteLink()).isEmpty();
        assertThat(second.offersAcceptance()).isFalse();
        String secondEnrollment = browser.driver().getCurrentUrl();
        // Waitlisted: no seat, so no invite yet.
        given().auth().preemptive().basic(SECOND, RealEar.DEMO_PASSWORD)
                .get(RealEar.BASE_URL + "/api/v1/enrollments/" + secondEnrollment.replaceFirst(".*[?&]id=(\\d+).*", "$1") + "/invite.ics")
                .then().statusCode(409);
        assertThat(second.openMyLearning().seatStateOf(title)).contains("Waitlisted");
        // Someone else's invite is not theirs to download.
        given().auth().preemptive().basic(SECOND, RealEar.DEMO_PASSWORD).get(invite).then().statusCode(404);
        new MyLearningPage(browser).signOut().signIn(FIRST);

        new MyLearningPage(browser);
        browser.driver().get(firstEnrollment);
        first = new EnrollmentPage(browser);
        assertThat(first.cancellationPolicy()).isEqualTo("Cancelling now is free of charge.");
        first.cancel();
        assertThat(first.seatState()).isEqualTo("Cancelled");
        assertThat(first.inviteLink()).isEmpty();
        first.signOut().signIn(SECOND);

        new MyLearningPage(browser);
        browser.driver().get(secondEnrollment);
        second = awaitOffer(new EnrollmentPage(browser));
        assertThat(second.offerDeadline()).hasValueSatisfying(deadline -> assertThat(deadline).startsWith("Accept by "));
        second.acceptOffer();
        assertThat(second.seatState()).isEqualTo("Seated (registered)");
        assertThat(second.offersAcceptance()).isFalse();
        assertThat(second.inviteLink()).isPresent();
        assertThat(second.reload().seatState()).isEqualTo("Seated (registered)");
    }

    /**
     * The calendar view: the learner moves the month calendar to the session's month, picks the session
     * and enrolls from its details; each step passes the accessibility check.
     */
    @Test
    void aLearnerFindsASessionOnTheCalendarAndEnrollsFromIt() {
        String title = "Calendar class " + UUID.randomUUID().toString().substring(0, 8);
        SessionsOverRest.sessionWithOneSeat(title, false);

        LoginPage.open(browser).signIn(FIRST);
        var calendar = new MyLearningPage(browser).openSessions().openCalendar().showMonthWith(title);
        assertThat(calendar.events()).anyMatch(event -> event.contains(title));
        assertThat(calendar.select(title)).isEqualTo(title);

        var enrollment = calendar.enrollSelected();
        assertThat(enrollment.courseTitle()).isEqualTo(title);
        assertThat(enrollment.seatState()).isEqualTo("Seated (registered)");
    }

    /** The offer is made when the seat is released; the process's accept task may follow a moment later. */
    private EnrollmentPage awaitOffer(EnrollmentPage page) {
        var current = new EnrollmentPage[] {page};
        browser.waitUntil(driver -> {
            if (current[0].offersAcceptance()) {
                return true;
            }
            current[0] = current[0].reload();
            return false;
        });
        return current[0];
    }

    /** Courses and sessions the browser tests need, created over REST as the vendor admin. */
    static final class SessionsOverRest {

        private SessionsOverRest() {
        }

        /**
         * A published classroom course with one session of one seat in Berlin, five weeks ahead (well
         * before any free-cancellation limit), two days; returns the session id.
         */
        static long sessionWithOneSeat(String title, boolean requiresApproval) {
            String code = "WL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            long courseId = ((Number) as("admin").body(Map.of(
                            "code", code, "title", title, "description", "A class for the waitlist browser test",
                            "format", "INSTRUCTOR_LED_CLASSROOM", "language", "en", "listPrice", "900.00", "currency", "EUR",
                            "modules", List.of(Map.of("title", "The class", "durationMinutes", 480))))
                    .post(V1 + "/courses").then().statusCode(201).extract().path("id")).longValue();
            as("admin").post(V1 + "/courses/" + courseId + "/publication").then().statusCode(200);
            long offeringId = ((Number) as("admin").get(V1 + "/courses/" + courseId + "/offerings").then().statusCode(200)
                    .extract().path("find { it.kind == 'PUBLIC' }.id")).longValue();
            as("admin").body(Map.of("listPrice", "900.00", "currency", "EUR", "requiresApproval", requiresApproval,
                            "freeCancellationDays", 7))
                    .put(V1 + "/courses/" + courseId + "/offerings/" + offeringId).then().statusCode(200);
            LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).plusWeeks(5);
            return ((Number) as("admin").body(Map.of(
                            "offeringId", offeringId,
                            "timeZone", "Europe/Berlin",
                            "days", List.of(
                                    Map.of("day", firstDay.toString(), "startsAt", "09:00", "endsAt", "17:00"),
                                    Map.of("day", firstDay.plusDays(1).toString(), "startsAt", "09:00", "endsAt", "13:00")),
                            "venue", "Academy Berlin, Room 2",
                            "capacity", 1,
                            "minToRun", 1,
                            "enrollmentClosesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()))
                    .post(V1 + "/sessions").then().statusCode(201).extract().path("id")).longValue();
        }
    }
}
