package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.EnrollmentFixtures.login;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.TestClock;

/**
 * The waitlist over REST: a cancelled seat is offered to the first in line, who accepts it, or lets the
 * offer expire so that it goes to the next; the cancellation policy (free before the cut-off, late after); rescheduling keeps the registration; a
 * session cancelled by the vendor voids every registration on it.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class WaitlistIT {

    private static final String PROBLEM = "application/problem+json";
    /** pa.enrollment.offer.timeout of the test server (TestDatabaseSession). */
    private static final Duration OFFER_TIMEOUT = Duration.ofHours(1);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aCancelledSeatIsOfferedToTheFirstInLineWhoAcceptsIt() {
        var team = EnrollmentFixtures.team(3);
        String seated = team.learners().get(0);
        String first = team.learners().get(1);
        String second = team.learners().get(2);
        long sessionId = EnrollmentFixtures.session(
                EnrollmentFixtures.publicOffering(EnrollmentFixtures.classroomCourse(), "900.00", false, 7), 1);
        long seatedId = enroll(seated, sessionId, "SEATED");
        long firstId = enroll(first, sessionId, "WAITLISTED");
        long secondId = enroll(second, sessionId, "WAITLISTED");
        login(second).get(V1 + "/enrollments/" + secondId).then().body("seat.waitlistPosition", equalTo(2));

        // Nobody but the learner (or an admin in scope) cancels; the offer is not there to accept yet.
        login(first).body("{}").post(V1 + "/enrollments/" + seatedId + "/cancellation").then().statusCode(404)
                .contentType(PROBLEM);
        as("pa.northwind").body("{}").post(V1 + "/enrollments/" + seatedId + "/cancellation").then().statusCode(404);
        login(first).post(V1 + "/enrollments/" + firstId + "/offer-acceptance").then().statusCode(409);
        login(seated).get(V1 + "/enrollments/" + seatedId).then().body("status", equalTo("ACTIVE"));

        login(seated).body(Map.of("reason", "Customer visit that week")).post(V1 + "/enrollments/" + seatedId + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("closeReason", equalTo("Customer visit that week"));

        login(seated).get(V1 + "/enrollments/" + seatedId + "/registration").then().statusCode(200)
                .body("state", equalTo("CANCELLED"));
        login(first).get(V1 + "/enrollments/" + firstId).then().statusCode(200)
                .body("seat.state", equalTo("OFFERED")).body("seat.offeredUntil", notNullValue());
        assertThat(kinds(first)).contains("SEAT_OFFERED");
        login(second).get(V1 + "/enrollments/" + secondId).then().body("seat.state", equalTo("WAITLISTED"))
                .body("seat.waitlistPosition", equalTo(1));
        login(second).post(V1 + "/enrollments/" + secondId + "/offer-acceptance").then().statusCode(409);
        login(seated).body("{}").post(V1 + "/enrollments/" + seatedId + "/cancellation").then().statusCode(409);

        login(first).post(V1 + "/enrollments/" + firstId + "/offer-acceptance").then().statusCode(200)
                .body("seat.state", equalTo("SEATED"));

        login(first).get(V1 + "/enrollments/" + firstId + "/registration").then().statusCode(200)
                .body("state", equalTo("SEAT_TAKEN")).body("sessionId", equalTo((int) sessionId));
        login(first).post(V1 + "/enrollments/" + firstId + "/offer-acceptance").then().statusCode(409);
        as("admin").get(V1 + "/sessions/" + sessionId).then().body("seatsHeld", equalTo(1));
    }

    /**
     * An offer not accepted in time (the test server offers for an hour; the test moves the application
     * clock past it): accepting after the deadline is refused, the process's timer job releases the seat,
     * the enrollment expires and the learner is told, and the next in line is offered the seat, which
     * they accept.
     */
    @Test
    void anOfferNotAcceptedInTimeExpiresAndTheNextInLineIsOffered() {
        var team = EnrollmentFixtures.team(3);
        String seated = team.learners().get(0);
        String first = team.learners().get(1);
        String second = team.learners().get(2);
        long sessionId = EnrollmentFixtures.session(
                EnrollmentFixtures.publicOffering(EnrollmentFixtures.classroomCourse(), "900.00", false, 7), 1);
        long seatedId = enroll(seated, sessionId, "SEATED");
        long firstId = enroll(first, sessionId, "WAITLISTED");
        long secondId = enroll(second, sessionId, "WAITLISTED");

        Instant cancelledAt = TestClock.now();
        login(seated).body("{}").post(V1 + "/enrollments/" + seatedId + "/cancellation").then().statusCode(200);
        Instant offeredUntil = Instant.parse(login(first).get(V1 + "/enrollments/" + firstId).then().statusCode(200)
                .body("seat.state", equalTo("OFFERED")).extract().path("seat.offeredUntil"));
        assertThat(offeredUntil).as("the offer timeout of the test server (PT1H) on the academy clock")
                .isBetween(cancelledAt.plus(OFFER_TIMEOUT).minusSeconds(2), TestClock.now().plus(OFFER_TIMEOUT));

        TestClock.advance(OFFER_TIMEOUT.plusMinutes(1));
        // Past the deadline the offer cannot be taken, whether or not the timer job has run yet.
        login(first).post(V1 + "/enrollments/" + firstId + "/offer-acceptance").then().statusCode(409).contentType(PROBLEM);

        // The timer is due now; the job executor, woken by the clock move, runs it within seconds.
        boolean expired = EnrollmentFixtures.await(Duration.ofSeconds(30), () -> "OFFERED".equals(
                login(second).get(V1 + "/enrollments/" + secondId).then().extract().path("seat.state")));
        assertThat(expired).as("the second in line is offered the seat once the first offer expired").isTrue();

        String closedAt = login(first).get(V1 + "/enrollments/" + firstId).then().statusCode(200)
                .body("status", equalTo("EXPIRED")).body("seat.state", equalTo("RELEASED")).extract().path("closedAt");
        assertThat(Instant.parse(closedAt)).as("expired on the clock the deadline is on").isAfter(offeredUntil);
        login(first).post(V1 + "/enrollments/" + firstId + "/offer-acceptance").then().statusCode(409).contentType(PROBLEM);
        login(first).get(V1 + "/enrollments/" + firstId + "/registration").then().statusCode(404);
        assertThat(kinds(first)).contains("SEAT_OFFERED", "ENROLLMENT_EXPIRED");
        as("admin").get(V1 + "/sessions/" + sessionId).then().body("seatsHeld", equalTo(1)).body("waitlisted", equalTo(0));

        // The second learner's process takes the offer a moment after the seat is offered: told, then accepting.
        assertThat(EnrollmentFixtures.await(Duration.ofSeconds(30), () -> kinds(second).contains("SEAT_OFFERED"))).isTrue();
        assertThat(EnrollmentFixtures.await(Duration.ofSeconds(30), () -> login(second)
                .post(V1 + "/enrollments/" + secondId + "/offer-acceptance").statusCode() == 200)).isTrue();
        login(second).get(V1 + "/enrollments/" + secondId).then().body("seat.state", equalTo("SEATED"));
        login(second).get(V1 + "/enrollments/" + secondId + "/registration").then().statusCode(200)
                .body("state", equalTo("SEAT_TAKEN"));
    }

    @Test
    void cancellingAfterTheFreeCancellationCutOffIsLate() {
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        // The session is 5 days away and cancellation is free only until 7 days before.
        long sessionId = EnrollmentFixtures.session(
                EnrollmentFixtures.publicOffering(EnrollmentFixtures.classroomCourse(), "900.00", false, 7), 4, 5,
                java.time.Duration.ofDays(3));
        long id = enroll(learner, sessionId, "SEATED");

        login(learner).body("{}").post(V1 + "/enrollments/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));

        login(learner).get(V1 + "/enrollments/" + id + "/registration").then().statusCode(200)
                .body("state", equalTo("LATE_CANCELLED"));
        as("admin").get(V1 + "/sessions/" + sessionId).then().body("seatsHeld", equalTo(0));
    }

    @Test
    void reschedulingMovesTheSeatAndKeepsTheRegistration() {
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long offeringId = EnrollmentFixtures.publicOffering(EnrollmentFixtures.classroomCourse(), "900.00", false, 7);
        long from = EnrollmentFixtures.session(offeringId, 4);
        long to = EnrollmentFixtures.session(offeringId, 4, 40, java.time.Duration.ofDays(30));
        long full = EnrollmentFixtures.session(offeringId, 1, 41, java.time.Duration.ofDays(30));
        long otherCourse = EnrollmentFixtures.session(
                EnrollmentFixtures.publicOffering(EnrollmentFixtures.classroomCourse(), "900.00", false, 7), 4);
        enroll(team.manager(), full, "SEATED");
        long id = enroll(learner, from, "SEATED");
        long registration = ((Number) login(learner).get(V1 + "/enrollments/" + id + "/registration").then()
                .extract().path("id")).longValue();

        login(learner).body(Map.of("sessionId", full)).post(V1 + "/enrollments/" + id + "/reschedule").then()
                .statusCode(409).body("detail", containsString("no free seat"));
        login(learner).body(Map.of("sessionId", otherCourse)).post(V1 + "/enrollments/" + id + "/reschedule").then()
                .statusCode(422);
        login(learner).body("{}").post(V1 + "/enrollments/" + id + "/reschedule").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("sessionId"));
        login(learner).get(V1 + "/enrollments/" + id).then().body("sessionId", equalTo((int) from));

        login(learner).body(Map.of("sessionId", to)).post(V1 + "/enrollments/" + id + "/reschedule").then()
                .statusCode(200).body("sessionId", equalTo((int) to)).body("seat.state", equalTo("SEATED"));

        login(learner).get(V1 + "/enrollments/" + id + "/registration").then().statusCode(200)
                .body("id", equalTo((int) registration)).body("state", equalTo("MOVED"))
                .body("sessionId", equalTo((int) to)).body("events[1].note", containsString("moved from session " + from));
        as("admin").get(V1 + "/sessions/" + from).then().body("seatsHeld", equalTo(0));
        as("admin").get(V1 + "/sessions/" + to).then().body("seatsHeld", equalTo(1));
    }

    @Test
    void aSessionCancelledByTheVendorVoidsEveryRegistration() {
        var team = EnrollmentFixtures.team(2);
        String seated = team.learners().get(0);
        String waiting = team.learners().get(1);
        long sessionId = EnrollmentFixtures.session(
                EnrollmentFixtures.publicOffering(EnrollmentFixtures.classroomCourse(), "900.00", false, 7), 1);
        long seatedId = enroll(seated, sessionId, "SEATED");
        long waitingId = enroll(waiting, sessionId, "WAITLISTED");

        as("admin").body(Map.of("reason", "Trainer ill")).post(V1 + "/sessions/" + sessionId + "/cancellation")
                .then().statusCode(200);

        login(seated).get(V1 + "/enrollments/" + seatedId).then().body("status", equalTo("CANCELLED"))
                .body("closeReason", containsString("Trainer ill"));
        login(seated).get(V1 + "/enrollments/" + seatedId + "/registration").then().body("state", equalTo("VOIDED"));
        login(waiting).get(V1 + "/enrollments/" + waitingId).then().body("status", equalTo("CANCELLED"));
        login(waiting).get(V1 + "/enrollments/" + waitingId + "/registration").then().statusCode(404);
        assertThat(kinds(seated)).contains("SESSION_CANCELLED");
        // Enrolling on the cancelled session is refused; nothing is stored.
        login(seated).body(Map.of("sessionId", sessionId)).post(V1 + "/enrollments").then().statusCode(422)
                .body("detail", containsString("cancelled"));
        List<Number> mine = login(seated).get(V1 + "/enrollments").then().extract().path("id");
        assertThat(mine).hasSize(1);
        login(seated).get(V1 + "/enrollments/" + seatedId).then().body("seat.state", equalTo("RELEASED"))
                .body("completedAt", nullValue());
    }

    private static long enroll(String learner, long sessionId, String seatState) {
        return ((Number) login(learner).body(Map.of("sessionId", sessionId)).post(V1 + "/enrollments").then()
                .statusCode(201).body("seat.state", equalTo(seatState)).extract().path("id")).longValue();
    }

    private static List<String> kinds(String username) {
        return login(username).get(V1 + "/notifications").then().statusCode(200).extract().path("kind");
    }
}
