package org.partneracademy.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partneracademy.testing.Entities.instantiate;
import static org.partneracademy.testing.Entities.set;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.partneracademy.catalog.CourseOffering;
import org.partneracademy.catalog.OfferingKind;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.InvalidFieldsException.FieldProblem;
import org.partneracademy.platform.error.RuleViolationException;

class TrainingSessionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant UNTIL = NOW.plusSeconds(48 * 3600);
    private static final LocalDate DAY_ONE = LocalDate.of(2027, 3, 29);
    private static final Long NORTHWIND = 1L;
    private static final Long CONTOSO = 2L;
    private static final Long FABRIKAM = 3L;

    private final AtomicLong ids = new AtomicLong();

    @Test
    void seatsAreGivenUntilTheCapacityThenTheWaitlistBegins() {
        var session = session(OfferingKind.PUBLIC, 2);
        var counts = SeatCounts.none();

        assertThat(session.claimSeat(booking(session, NORTHWIND), counts, NOW)).isEqualTo(SeatState.SEATED);
        assertThat(session.claimSeat(booking(session, CONTOSO), counts, NOW)).isEqualTo(SeatState.SEATED);
        var third = booking(session, FABRIKAM);
        assertThat(session.claimSeat(third, counts, NOW)).isEqualTo(SeatState.WAITLISTED);
        assertThat(third.getWaitlistedAt()).isEqualTo(NOW);
        assertThat(session.getSeatsHeld()).isEqualTo(2);
        assertThat(session.seatsLeft()).isZero();
    }

    @Test
    void anotherPartnersUnusedReservationIsKeptBack() {
        // capacity 4, Contoso reserves 3: 4 - 0 - 3 = 1 seat for anyone else
        var session = session(OfferingKind.PRIVATE, 4);
        session.allocate(List.of(new PartnerAllocation(CONTOSO, null, 3)));
        var counts = SeatCounts.none();

        assertThat(session.claimSeat(booking(session, NORTHWIND), counts, NOW)).isEqualTo(SeatState.SEATED);
        assertThat(session.claimSeat(booking(session, FABRIKAM), counts, NOW)).isEqualTo(SeatState.WAITLISTED);
        // Contoso may still take its three reserved seats
        for (int i = 0; i < 3; i++) {
            assertThat(session.claimSeat(booking(session, CONTOSO), counts, NOW)).isEqualTo(SeatState.SEATED);
        }
        assertThat(session.getSeatsHeld()).isEqualTo(4);
        assertThat(session.canSeat(CONTOSO, counts)).isFalse();
    }

    @Test
    void aReservationPartlyUsedKeepsBackOnlyTheRest() {
        var session = session(OfferingKind.ONSITE, 5);
        session.allocate(List.of(new PartnerAllocation(CONTOSO, null, 3)));
        var counts = SeatCounts.none().with(CONTOSO, 2);
        set(session, "seatsHeld", 2);

        // 5 - 2 held - (3 - 2) kept for Contoso = 2 seats for others
        assertThat(session.canSeat(NORTHWIND, counts)).isTrue();
        set(session, "seatsHeld", 4);
        counts.with(NORTHWIND, 2);
        assertThat(session.canSeat(NORTHWIND, counts)).isFalse();
        assertThat(session.canSeat(CONTOSO, counts)).isTrue();
    }

    @Test
    void aPartnerAtItsQuotaIsWaitlistedWhileSeatsAreFree() {
        var session = session(OfferingKind.PUBLIC, 10);
        session.allocate(List.of(new PartnerAllocation(NORTHWIND, 1, 0)));
        var counts = SeatCounts.none();

        assertThat(session.claimSeat(booking(session, NORTHWIND), counts, NOW)).isEqualTo(SeatState.SEATED);
        assertThat(session.claimSeat(booking(session, NORTHWIND), counts, NOW)).isEqualTo(SeatState.WAITLISTED);
        assertThat(session.claimSeat(booking(session, CONTOSO), counts, NOW)).isEqualTo(SeatState.SEATED);
    }

    @Test
    void promotionIsFirstComeFirstServedAndSkipsBookingsTheQuotaKeepsOut() {
        var session = session(OfferingKind.PUBLIC, 2);
        session.allocate(List.of(new PartnerAllocation(NORTHWIND, 1, 0)));
        var counts = SeatCounts.none();
        var seatedNorthwind = booking(session, NORTHWIND);
        var seatedContoso = booking(session, CONTOSO);
        session.claimSeat(seatedNorthwind, counts, NOW);
        session.claimSeat(seatedContoso, counts, NOW);
        var firstInLine = booking(session, NORTHWIND);
        var second = booking(session, FABRIKAM);
        var third = booking(session, CONTOSO);
        List.of(firstInLine, second, third).forEach(b -> session.claimSeat(b, counts, NOW));

        session.releaseSeat(seatedContoso, counts, NOW);
        var offered = session.promoteFromWaitlist(List.of(firstInLine, second, third), counts, UNTIL);

        // Northwind is at its quota of 1: its booking keeps its place, Fabrikam (second) gets the offer
        assertThat(offered).containsExactly(second);
        assertThat(second.getState()).isEqualTo(SeatState.OFFERED);
        assertThat(second.getOfferedUntil()).isEqualTo(UNTIL);
        assertThat(firstInLine.getState()).isEqualTo(SeatState.WAITLISTED);
        assertThat(third.getState()).isEqualTo(SeatState.WAITLISTED);
        assertThat(session.getSeatsHeld()).isEqualTo(2);

        // when Northwind's seated learner leaves, its waitlisted learner is next
        session.releaseSeat(seatedNorthwind, counts, NOW);
        assertThat(session.promoteFromWaitlist(List.of(firstInLine, third), counts, UNTIL)).containsExactly(firstInLine);
    }

    @Test
    void severalFreedSeatsAreOfferedInOrder() {
        var session = session(OfferingKind.PUBLIC, 1);
        var counts = SeatCounts.none();
        session.claimSeat(booking(session, NORTHWIND), counts, NOW);
        var a = booking(session, CONTOSO);
        var b = booking(session, FABRIKAM);
        var c = booking(session, FABRIKAM);
        List.of(a, b, c).forEach(x -> session.claimSeat(x, counts, NOW));

        session.replan(plan(3), null);
        assertThat(session.promoteFromWaitlist(List.of(a, b, c), counts, UNTIL)).containsExactly(a, b);
        assertThat(c.getState()).isEqualTo(SeatState.WAITLISTED);
    }

    @Test
    void anOfferIsAcceptedInTimeOnlyAndOnce() {
        var session = session(OfferingKind.PUBLIC, 1);
        var counts = SeatCounts.none();
        var booking = booking(session, NORTHWIND);
        set(session, "seatsHeld", 1);
        session.claimSeat(booking, counts, NOW);
        set(session, "seatsHeld", 0);
        session.promoteFromWaitlist(List.of(booking), counts, UNTIL);

        assertThatThrownBy(() -> booking.accept(UNTIL.plusSeconds(1)))
                .isInstanceOf(org.partneracademy.platform.error.ConflictException.class);
        booking.accept(UNTIL.minusSeconds(1));
        assertThat(booking.getState()).isEqualTo(SeatState.SEATED);
        booking.accept(UNTIL.plusSeconds(5));
        assertThat(booking.getState()).isEqualTo(SeatState.SEATED);
    }

    @Test
    void aCancelledSessionGivesNoSeatsAndCannotBeChanged() {
        var session = session(OfferingKind.PUBLIC, 5);
        session.cancel("Trainer ill", NOW);

        assertThat(session.getStatus()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session.canSeat(NORTHWIND, SeatCounts.none())).isFalse();
        assertThatThrownBy(() -> session.claimSeat(booking(session, NORTHWIND), SeatCounts.none(), NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> session.replan(plan(6), null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> session.cancel("again", NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void cancellingNeedsAReason() {
        var session = session(OfferingKind.PUBLIC, 5);
        assertThat(problemsOf(() -> session.cancel(" ", NOW))).extracting(FieldProblem::field).containsExactly("reason");
        assertThat(session.getStatus()).isEqualTo(SessionStatus.SCHEDULED);
    }

    @Test
    void everyBadPlanIsNamedByItsField() {
        var zeroCapacity = new SessionPlan("Europe/Berlin", days(), "Room 1", null, 0, 1, NOW);
        assertThat(problemsOf(() -> TrainingSession.check(zeroCapacity, 0))).extracting(FieldProblem::field)
                .contains("capacity");

        var unknownZone = new SessionPlan("Mars/Olympus", days(), "Room 1", null, 5, 1, NOW);
        assertThat(problemsOf(() -> TrainingSession.check(unknownZone, 0))).extracting(FieldProblem::field)
                .containsExactly("timeZone");

        var nowhere = new SessionPlan("Europe/Berlin", days(), " ", null, 5, 1, NOW);
        assertThat(problemsOf(() -> TrainingSession.check(nowhere, 0))).extracting(FieldProblem::field)
                .containsExactly("venue");

        var endBeforeStart = new SessionPlan("Europe/Berlin",
                List.of(new SessionDay(DAY_ONE, LocalTime.of(17, 0), LocalTime.of(9, 0))), "Room 1", null, 5, 1, NOW);
        assertThat(problemsOf(() -> TrainingSession.check(endBeforeStart, 0))).extracting(FieldProblem::field)
                .containsExactly("days[0].endsAt");

        // 09:00 in Berlin on DAY_ONE (summer time from 28 March) is 07:00 UTC
        var cutOffAfterStart = new SessionPlan("Europe/Berlin", days(), "Room 1", null, 5, 1,
                Instant.parse("2027-03-29T07:00:00Z"));
        assertThat(problemsOf(() -> TrainingSession.check(cutOffAfterStart, 0))).extracting(FieldProblem::field)
                .containsExactly("enrollmentClosesAt");
        TrainingSession.check(new SessionPlan("Europe/Berlin", days(), "Room 1", null, 5, 1,
                Instant.parse("2027-03-29T06:59:59Z")), 0);

        var noDays = new SessionPlan("Europe/Berlin", List.of(), null, "https://meet.example/x", 5, 1, NOW);
        assertThat(problemsOf(() -> TrainingSession.check(noDays, 0))).extracting(FieldProblem::field)
                .containsExactly("days");

        var minAboveCapacity = new SessionPlan("Europe/Berlin", days(), "Room 1", null, 5, 6, NOW);
        assertThat(problemsOf(() -> TrainingSession.check(minAboveCapacity, 0))).extracting(FieldProblem::field)
                .containsExactly("minToRun");
    }

    @Test
    void capacityNeverDropsBelowTheSeatsHeld() {
        var session = session(OfferingKind.PUBLIC, 5);
        set(session, "seatsHeld", 3);

        assertThat(problemsOf(() -> session.replan(plan(2), null))).extracting(FieldProblem::field)
                .containsExactly("capacity");
        assertThat(session.getCapacity()).isEqualTo(5);
        session.replan(plan(3), null);
        assertThat(session.getCapacity()).isEqualTo(3);
    }

    @Test
    void reservedSeatsAreForPrivateAndOnsiteClassesAndWithinTheCapacity() {
        var open = session(OfferingKind.PUBLIC, 5);
        assertThat(problemsOf(() -> open.allocate(List.of(new PartnerAllocation(CONTOSO, null, 1)))))
                .extracting(FieldProblem::field).containsExactly("allocations[0].reserved");
        open.allocate(List.of(new PartnerAllocation(CONTOSO, 2, 0)));
        assertThat(open.allocationList()).containsExactly(new PartnerAllocation(CONTOSO, 2, 0));

        var closed = session(OfferingKind.PRIVATE, 5);
        assertThat(problemsOf(() -> closed.allocate(List.of(new PartnerAllocation(CONTOSO, null, 3),
                new PartnerAllocation(NORTHWIND, null, 3))))).extracting(FieldProblem::field).containsExactly("allocations");
        assertThat(problemsOf(() -> closed.allocate(List.of(new PartnerAllocation(CONTOSO, 1, 2)))))
                .extracting(FieldProblem::field).containsExactly("allocations[0].reserved");
        assertThat(closed.allocationList()).isEmpty();

        closed.allocate(List.of(new PartnerAllocation(CONTOSO, null, 4)));
        // shrinking the capacity below the reservations is refused too
        assertThat(problemsOf(() -> closed.replan(plan(3), null))).extracting(FieldProblem::field)
                .containsExactly("allocations");
    }

    @Test
    void changingADaysTimesKeepsTheDay() {
        var session = session(OfferingKind.PUBLIC, 5);
        session.replan(new SessionPlan("Europe/Berlin", List.of(new SessionDay(DAY_ONE, LocalTime.of(10, 0), LocalTime.of(16, 0)),
                new SessionDay(DAY_ONE.plusDays(1), LocalTime.of(9, 0), LocalTime.of(13, 0))), "Room 2", null, 5, 1, NOW), null);

        assertThat(session.getDays()).extracting(SessionDay::day).containsExactly(DAY_ONE, DAY_ONE.plusDays(1));
        assertThat(session.startsAt()).isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
        assertThat(session.endsAt()).isEqualTo(Instant.parse("2027-03-30T11:00:00Z"));
        assertThat(session.hasDay(DAY_ONE.plusDays(2))).isFalse();
    }

    private static List<FieldProblem> problemsOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidFieldsException e) {
            return e.problems();
        }
        throw new AssertionError("no InvalidFieldsException");
    }

    private SeatBooking booking(TrainingSession session, Long partner) {
        var booking = new SeatBooking(session, ids.incrementAndGet(), partner, NOW);
        set(booking, "id", booking.getEnrollmentId());
        return booking;
    }

    private static List<SessionDay> days() {
        return List.of(new SessionDay(DAY_ONE, LocalTime.of(9, 0), LocalTime.of(17, 0)));
    }

    private static SessionPlan plan(int capacity) {
        return new SessionPlan("Europe/Berlin", days(), "Room 1", null, capacity, 1, NOW);
    }

    private static TrainingSession session(OfferingKind kind, int capacity) {
        var offering = instantiate(CourseOffering.class);
        set(offering, "kind", kind);
        set(offering, "listPrice", BigDecimal.TEN);
        return TrainingSession.schedule(offering, plan(capacity), null, NOW);
    }
}
