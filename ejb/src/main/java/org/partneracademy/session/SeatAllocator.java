package org.partneracademy.session;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.time.AcademyClock;

/**
 * Hands out the seats of sessions. Every change takes a write lock on the session's row first
 * ({@code SELECT … FOR UPDATE}), so concurrent claims for the last seat queue up on that row and see
 * each other's results: the seat counter and the bookings change together, and the database's
 * {@code seats_held ≤ capacity} check backs the rule up.
 *
 * <p>Freed seats go to the waitlist first come first served ({@link TrainingSession#promoteFromWaitlist}):
 * each is offered for {@code pa.enrollment.offer.timeout} (ISO-8601, default PT48H) and the CDI event
 * {@link SeatOffered} is fired per offer. Seat times and offer deadlines are on the {@link AcademyClock},
 * like the process timer that releases an offer nobody accepted. Called by the enrollment workflow and
 * the session service, hence no role check here; the callers check who may ask.
 *
 * <p>All operations are safe to repeat (the workflow's jobs run at least once): claiming twice finds
 * the booking made the first time, releasing or expiring a released booking does nothing.
 */
@Stateless
@PermitAll
public class SeatAllocator {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Event<SeatOffered> seatOffered;

    @Inject
    @ConfigProperty(name = "pa.enrollment.offer.timeout", defaultValue = "PT48H")
    Duration offerTimeout;

    /**
     * The academy clock, the one the enrollment process's timers run on: an offer's deadline, the check
     * when it is accepted and the timer that releases it all see the same time, also on a test server
     * whose clock was moved forward.
     */
    @Inject
    AcademyClock clock;

    /** A seat for the enrollment if the seat rule allows one, else a place at the end of the waitlist. */
    public SeatOutcome claim(long sessionId, long enrollmentId, Long partnerId) {
        var session = lock(sessionId);
        var existing = bookingOf(enrollmentId);
        if (existing.isPresent() && !existing.get().isReleased()) {
            var booking = existing.get();
            return new SeatOutcome(booking.getSession().getId(), booking.getState(), positionOf(booking), List.of());
        }
        if (existing.isPresent()) {
            throw new RuleViolationException("Enrollment " + enrollmentId + " already gave up its seat");
        }
        var booking = new SeatBooking(session, enrollmentId, partnerId, now());
        session.claimSeat(booking, countsOf(session), now());
        em.persist(booking);
        em.flush();
        return new SeatOutcome(sessionId, booking.getState(), positionOf(booking), List.of());
    }

    /** Frees the seat (or leaves the waitlist); a freed seat is offered to the waitlist. */
    public List<SeatOffer> release(long enrollmentId) {
        var found = lockedBookingOf(enrollmentId);
        if (found.isEmpty() || found.get().isReleased()) {
            return List.of();
        }
        var booking = found.get();
        var session = booking.getSession();
        boolean heldSeat = booking.getState().holdsSeat();
        session.releaseSeat(booking, countsOf(session), now());
        return heldSeat ? offerFreeSeats(session) : List.of();
    }

    /** The learner accepts an offered seat: OFFERED → SEATED. An expired or missing offer is a conflict. */
    public void accept(long enrollmentId) {
        var booking = lockedBookingOf(enrollmentId)
                .orElseThrow(() -> new NotFoundException("Seat booking of enrollment", enrollmentId));
        booking.accept(now());
    }

    /** The offer ran out: the booking is released and the seat offered to the next in line. */
    public List<SeatOffer> expireOffer(long enrollmentId) {
        var found = lockedBookingOf(enrollmentId);
        if (found.isEmpty() || found.get().getState() != SeatState.OFFERED) {
            return List.of();
        }
        var booking = found.get();
        var session = booking.getSession();
        session.releaseSeat(booking, countsOf(session), now());
        return offerFreeSeats(session);
    }

    /**
     * Reschedules the booking to another session of the same course: seated there if the seat rule
     * allows, else at the end of its waitlist. A seat freed on the session left is offered to its
     * waitlist.
     */
    public SeatOutcome move(long enrollmentId, long toSessionId) {
        var booking = bookingOf(enrollmentId)
                .orElseThrow(() -> new NotFoundException("Seat booking of enrollment", enrollmentId));
        long fromId = booking.getSession().getId();
        if (fromId == toSessionId) {
            lock(fromId);
            return new SeatOutcome(fromId, booking.getState(), positionOf(booking), List.of());
        }
        // Both rows are locked in id order, so two moves in opposite directions cannot deadlock.
        var first = lock(Math.min(fromId, toSessionId));
        var second = lock(Math.max(fromId, toSessionId));
        var from = first.getId() == fromId ? first : second;
        var to = first.getId() == fromId ? second : first;
        em.refresh(booking);
        if (booking.isReleased()) {
            throw new RuleViolationException("Enrollment " + enrollmentId + " no longer has a seat to move");
        }
        if (to.getStatus() != SessionStatus.SCHEDULED) {
            throw new RuleViolationException("Session " + toSessionId + " is cancelled");
        }
        if (!to.getOffering().getCourse().getId().equals(from.getOffering().getCourse().getId())) {
            throw new RuleViolationException("Session " + toSessionId + " is not a session of the same course");
        }
        boolean heldSeat = booking.getState().holdsSeat();
        from.releaseSeat(booking, countsOf(from), now());
        booking.moveTo(to);
        em.flush();
        to.claimSeat(booking, countsOf(to), now());
        em.flush();
        List<SeatOffer> offers = heldSeat ? offerFreeSeats(from) : List.of();
        return new SeatOutcome(toSessionId, booking.getState(), positionOf(booking), offers);
    }

    /** The session was cancelled: every booking on it is released. Returns their enrollment ids. */
    public List<Long> releaseAll(long sessionId) {
        var session = lock(sessionId);
        var bookings = em.createQuery("""
                        select b from SeatBooking b where b.session.id = :session and b.state <> :released
                        order by b.id""", SeatBooking.class)
                .setParameter("session", sessionId)
                .setParameter("released", SeatState.RELEASED)
                .getResultList();
        List<Long> released = new ArrayList<>();
        for (var booking : bookings) {
            booking.release(now());
            released.add(booking.getEnrollmentId());
        }
        session.allSeatsReleased();
        return released;
    }

    /** The enrollment's seat: state, place on the waitlist, offer deadline. */
    public Optional<SeatView> seatOf(long enrollmentId) {
        return bookingOf(enrollmentId).map(b -> new SeatView(b.getSession().getId(), b.getState(), positionOf(b),
                b.getOfferedUntil()));
    }

    /**
     * Offers whatever seats the session can give to its waitlist, e.g. after its capacity grew or its
     * reservations changed. The caller holds the session's lock ({@link #lock}).
     */
    public List<SeatOffer> offerFreeSeats(TrainingSession session) {
        var waitlist = em.createQuery("""
                        select b from SeatBooking b where b.session = :session and b.state = :waitlisted
                        order by b.waitlistedAt, b.id""", SeatBooking.class)
                .setParameter("session", session)
                .setParameter("waitlisted", SeatState.WAITLISTED)
                .getResultList();
        if (waitlist.isEmpty()) {
            return List.of();
        }
        var until = now().plus(offerTimeout);
        List<SeatOffer> offers = session.promoteFromWaitlist(waitlist, countsOf(session), until).stream()
                .map(b -> new SeatOffer(b.getEnrollmentId(), until))
                .toList();
        em.flush();
        offers.forEach(o -> seatOffered.fire(new SeatOffered(o.enrollmentId(), o.offeredUntil())));
        return offers;
    }

    /** The session's row, locked for the rest of the transaction and read fresh when first locked. */
    public TrainingSession lock(long sessionId) {
        var session = em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException("Session", sessionId);
        }
        // Already locked in this transaction: reading it again would throw away changes not yet flushed.
        if (em.getLockMode(session) != LockModeType.PESSIMISTIC_WRITE) {
            em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        }
        return session;
    }

    /** The booking with its session locked; the booking is read again after the lock is held. */
    private Optional<SeatBooking> lockedBookingOf(long enrollmentId) {
        var found = bookingOf(enrollmentId);
        if (found.isEmpty()) {
            return found;
        }
        lock(found.get().getSession().getId());
        em.refresh(found.get());
        return found;
    }

    private Optional<SeatBooking> bookingOf(long enrollmentId) {
        return em.createQuery("select b from SeatBooking b join fetch b.session where b.enrollmentId = :enrollment",
                        SeatBooking.class)
                .setParameter("enrollment", enrollmentId)
                .getResultStream().findFirst();
    }

    /** Seats held per partner; only sessions with quotas or reservations need them. */
    private SeatCounts countsOf(TrainingSession session) {
        var counts = SeatCounts.none();
        if (!session.hasAllocations()) {
            return counts;
        }
        em.createQuery("""
                        select b.partnerId, count(b) from SeatBooking b
                        where b.session = :session and b.state in :holding group by b.partnerId""", Object[].class)
                .setParameter("session", session)
                .setParameter("holding", List.of(SeatState.SEATED, SeatState.OFFERED))
                .getResultList()
                .forEach(row -> counts.with((Long) row[0], ((Long) row[1]).intValue()));
        return counts;
    }

    /** 1 = next in line; null when not waitlisted. */
    private Integer positionOf(SeatBooking booking) {
        if (booking.getState() != SeatState.WAITLISTED) {
            return null;
        }
        long ahead = em.createQuery("""
                        select count(b) from SeatBooking b where b.session = :session and b.state = :waitlisted
                        and (b.waitlistedAt < :at or (b.waitlistedAt = :at and b.id < :id))""", Long.class)
                .setParameter("session", booking.getSession())
                .setParameter("waitlisted", SeatState.WAITLISTED)
                .setParameter("at", booking.getWaitlistedAt())
                .setParameter("id", booking.getId())
                .getSingleResult();
        return (int) ahead + 1;
    }

    private Instant now() {
        return clock.instant();
    }
}
