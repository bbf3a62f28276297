package org.partneracademy.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.platform.error.ConflictException;

/**
 * The seat of one instructor-led enrollment (by id: enrollments belong to the enrollment feature).
 *
 * <p>Lifecycle: SEATED, or WAITLISTED (in line by waitlisted at, then id) → OFFERED (a seat kept until
 * offeredUntil) → SEATED when accepted in time; every state ends in RELEASED. Rescheduling moves the
 * booking to another session and keeps it. Only the {@link SeatAllocator}, holding the session's lock,
 * changes a booking, so that the session's seat counter stays in step.
 */
@Entity
@Table(name = "seat_booking")
public class SeatBooking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private TrainingSession session;

    @Column(name = "enrollment_id", nullable = false, unique = true)
    private long enrollmentId;

    /** The learner's partner; null for the vendor's own staff. */
    @Column(name = "partner_id")
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private SeatState state;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "waitlisted_at")
    private Instant waitlistedAt;

    @Column(name = "offered_until")
    private Instant offeredUntil;

    @Column(name = "seated_at")
    private Instant seatedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Version
    private long version;

    protected SeatBooking() {
    }

    SeatBooking(TrainingSession session, long enrollmentId, Long partnerId, Instant now) {
        this.session = session;
        this.enrollmentId = enrollmentId;
        this.partnerId = partnerId;
        this.requestedAt = now;
    }

    void seat(Instant now) {
        state = SeatState.SEATED;
        seatedAt = now;
        waitlistedAt = null;
        offeredUntil = null;
    }

    void waitlist(Instant now) {
        state = SeatState.WAITLISTED;
        waitlistedAt = now;
        offeredUntil = null;
        seatedAt = null;
    }

    void offer(Instant until) {
        state = SeatState.OFFERED;
        offeredUntil = until;
    }

    /**
     * The learner takes the offered seat. Accepting twice changes nothing; accepting an offer that has
     * expired, or a booking that was never offered a seat, is a conflict.
     */
    void accept(Instant now) {
        if (state == SeatState.SEATED) {
            return;
        }
        if (state != SeatState.OFFERED) {
            throw new ConflictException("Enrollment " + enrollmentId + " has no seat offer to accept (" + state + ")");
        }
        if (now.isAfter(offeredUntil)) {
            throw new ConflictException("The seat offer of enrollment " + enrollmentId + " expired at " + offeredUntil);
        }
        state = SeatState.SEATED;
        seatedAt = now;
    }

    void release(Instant now) {
        state = SeatState.RELEASED;
        releasedAt = now;
        offeredUntil = null;
    }

    void moveTo(TrainingSession target) {
        this.session = target;
    }

    public boolean isReleased() {
        return state == SeatState.RELEASED;
    }

    public Long getId() {
        return id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public long getEnrollmentId() {
        return enrollmentId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public SeatState getState() {
        return state;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getWaitlistedAt() {
        return waitlistedAt;
    }

    public Instant getOfferedUntil() {
        return offeredUntil;
    }

    public Instant getSeatedAt() {
        return seatedAt;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }
}
