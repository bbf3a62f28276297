package org.partneracademy.session;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.catalog.CourseOffering;
import org.partneracademy.catalog.OfferingKind;
import org.partneracademy.partner.Partner;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.InvalidFieldsException.FieldProblem;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * One scheduled run of a course offering, on one or more days in a time zone, in a classroom and/or
 * online, delivered by the vendor or by a partner.
 *
 * <p>Rules it guards:
 * <ul>
 * <li>at least one day, each ending after it starts; a venue or a virtual link (or both); a valid IANA
 * time zone; capacity 1..10,000 and never below the seats held; minimum to run 1..capacity;
 * enrollment closes before the first day starts;</li>
 * <li>reserved seats only on private and onsite offerings, each partner's reservation within its
 * quota, all reservations together within the capacity;</li>
 * <li>the seat rule: a learner of partner P gets a seat iff the session is scheduled,
 * {@code capacity − seatsHeld − Σ_{Q≠P} max(0, reserved_Q − held_Q) > 0} and P's quota (if any) is not
 * reached. Seats held = seated + offered; {@link #seatsHeld} is kept in step with the bookings by the
 * {@link SeatAllocator} under a lock on this row;</li>
 * <li>a cancelled session stays cancelled and gives out no seats.</li>
 * </ul>
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    public static final int MAX_CAPACITY = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id")
    private CourseOffering offering;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    private String venue;

    @Column(name = "virtual_link")
    private String virtualLink;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "min_to_run", nullable = false)
    private int minToRun;

    @Column(name = "enrollment_closes_at", nullable = false)
    private Instant enrollmentClosesAt;

    /** Null when the vendor delivers the session. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "delivering_partner_id")
    private Partner deliveringPartner;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "seats_held", nullable = false)
    private int seatsHeld;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Keyed by day, so that changing a day's times updates its row and keeps its attendance marks. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "session_day", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "day")
    private Map<LocalDate, DayTimes> days = new HashMap<>();

    /** Leads and co-instructors; a person teaches a session in one role (the table's key). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "session_instructor", joinColumns = @JoinColumn(name = "session_id"))
    private Set<SessionInstructor> instructors = new HashSet<>();

    /** Keyed by partner id. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "session_allocation", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "partner_id")
    private Map<Long, SeatAllocation> allocations = new HashMap<>();

    @Version
    private long version;

    protected TrainingSession() {
    }

    /** A new scheduled session; see the class comment for the rules {@code plan} must keep. */
    public static TrainingSession schedule(CourseOffering offering, SessionPlan plan, Partner deliveringPartner,
                                           Instant now) {
        var session = new TrainingSession();
        session.offering = offering;
        session.createdAt = now;
        session.replan(plan, deliveringPartner);
        return session;
    }

    /**
     * Changes the schedule, place, capacity and deliverer. The capacity never drops below the seats
     * already held: the people seated keep their seats.
     */
    public void replan(SessionPlan plan, Partner newDeliveringPartner) {
        requireScheduled();
        check(plan, seatsHeld);
        if (offering != null) {
            checkAllocations(allocationList(), offering.getKind(), plan.capacity()).ifPresent(p -> {
                throw new InvalidFieldsException(List.of(p));
            });
        }
        this.timeZone = plan.timeZone();
        this.venue = blankToNull(plan.venue());
        this.virtualLink = blankToNull(plan.virtualLink());
        this.capacity = plan.capacity();
        this.minToRun = plan.minToRun();
        this.enrollmentClosesAt = plan.enrollmentClosesAt();
        this.deliveringPartner = newDeliveringPartner;
        Map<LocalDate, DayTimes> wanted = new HashMap<>();
        plan.days().forEach(d -> wanted.put(d.day(), new DayTimes(d.startsAt(), d.endsAt())));
        days.keySet().retainAll(wanted.keySet());
        wanted.forEach((day, times) -> {
            if (!times.equals(days.get(day))) {
                days.put(day, times);
            }
        });
    }

    /** The plan's problems, field by field, for a session holding {@code held} seats. */
    static void check(SessionPlan plan, int held) {
        List<FieldProblem> problems = new ArrayList<>();
        ZoneId zone = null;
        try {
            zone = ZoneId.of(plan.timeZone());
        } catch (DateTimeException | NullPointerException e) {
            problems.add(new FieldProblem("timeZone", "is not an IANA time zone such as Europe/Berlin"));
        }
        if (blankToNull(plan.venue()) == null && blankToNull(plan.virtualLink()) == null) {
            problems.add(new FieldProblem("venue", "a classroom venue or a virtual link is required"));
        }
        if (plan.capacity() < 1 || plan.capacity() > MAX_CAPACITY) {
            problems.add(new FieldProblem("capacity", "must be between 1 and " + MAX_CAPACITY));
        } else if (plan.capacity() < held) {
            problems.add(new FieldProblem("capacity", "cannot be below the " + held + " seat(s) already held"));
        }
        if (plan.minToRun() < 1 || plan.minToRun() > Math.max(1, plan.capacity())) {
            problems.add(new FieldProblem("minToRun", "must be between 1 and the capacity"));
        }
        List<SessionDay> planned = plan.days() == null ? List.of() : plan.days();
        if (planned.isEmpty()) {
            problems.add(new FieldProblem("days", "a session has at least one day"));
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < planned.size(); i++) {
            var day = planned.get(i);
            if (day == null || day.day() == null || day.startsAt() == null || day.endsAt() == null) {
                problems.add(new FieldProblem("days[" + i + "]", "needs a day, a start and an end time"));
                continue;
            }
            if (!day.endsAt().isAfter(day.startsAt())) {
                problems.add(new FieldProblem("days[" + i + "].endsAt", "must be after the start time"));
            }
            if (!seen.add(day.day())) {
                problems.add(new FieldProblem("days[" + i + "].day", "appears twice"));
            }
        }
        if (plan.enrollmentClosesAt() == null) {
            problems.add(new FieldProblem("enrollmentClosesAt", "is required"));
        } else if (zone != null && !seen.isEmpty() && problems.stream().noneMatch(p -> p.field().startsWith("days"))) {
            Instant firstStart = planned.stream().map(d -> d.start(zoneOf(plan.timeZone())))
                    .min(Comparator.naturalOrder()).orElseThrow();
            if (!plan.enrollmentClosesAt().isBefore(firstStart)) {
                problems.add(new FieldProblem("enrollmentClosesAt", "must be before the first day starts (" + firstStart + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    /**
     * Replaces the per-partner quotas and reservations. Reservations are for private and onsite classes
     * only, stay within the partner's quota, and all together within the capacity.
     */
    public void allocate(List<PartnerAllocation> wanted) {
        requireScheduled();
        checkAllocations(wanted, offering.getKind(), capacity).ifPresent(p -> {
            throw new InvalidFieldsException(List.of(p));
        });
        allocations.clear();
        wanted.forEach(a -> allocations.put(a.partnerId(), new SeatAllocation(a.quota(), a.reserved())));
    }

    static Optional<FieldProblem> checkAllocations(List<PartnerAllocation> wanted, OfferingKind kind, int capacity) {
        int reservedTotal = 0;
        Set<Long> partners = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            var a = wanted.get(i);
            if (!partners.add(a.partnerId())) {
                return Optional.of(new FieldProblem("allocations[" + i + "].partnerId", "appears twice"));
            }
            if (a.quota() != null && a.quota() < 0) {
                return Optional.of(new FieldProblem("allocations[" + i + "].quota", "must be 0 or more"));
            }
            if (a.reserved() < 0) {
                return Optional.of(new FieldProblem("allocations[" + i + "].reserved", "must be 0 or more"));
            }
            if (a.reserved() > 0 && kind != OfferingKind.PRIVATE && kind != OfferingKind.ONSITE) {
                return Optional.of(new FieldProblem("allocations[" + i + "].reserved",
                        "seats are reserved for private and onsite classes only, not for a " + kind + " offering"));
            }
            if (a.quota() != null && a.reserved() > a.quota()) {
                return Optional.of(new FieldProblem("allocations[" + i + "].reserved", "cannot exceed the partner's quota"));
            }
            reservedTotal += a.reserved();
        }
        if (reservedTotal > capacity) {
            return Optional.of(new FieldProblem("allocations", "reserve " + reservedTotal
                    + " seats, more than the capacity of " + capacity));
        }
        return Optional.empty();
    }

    /**
     * The seat rule for a learner of partner {@code partnerId} (null = no partner): scheduled, a seat
     * free once every other partner's unused reservation is kept back, and the partner's quota not
     * reached.
     */
    public boolean canSeat(Long partnerId, SeatCounts held) {
        if (status != SessionStatus.SCHEDULED) {
            return false;
        }
        int keptForOthers = 0;
        for (var entry : allocations.entrySet()) {
            if (!entry.getKey().equals(partnerId)) {
                keptForOthers += entry.getValue().unusedReservation(held.held(entry.getKey()));
            }
        }
        if (capacity - seatsHeld - keptForOthers <= 0) {
            return false;
        }
        var own = partnerId == null ? null : allocations.get(partnerId);
        return own == null || own.allowsOneMore(held.held(partnerId));
    }

    /** Gives the booking a seat if the seat rule allows it, else puts it on the waitlist. */
    SeatState claimSeat(SeatBooking booking, SeatCounts held, Instant now) {
        if (status != SessionStatus.SCHEDULED) {
            throw new RuleViolationException("Session " + id + " is cancelled");
        }
        if (canSeat(booking.getPartnerId(), held)) {
            booking.seat(now);
            seatTaken(booking, held);
        } else {
            booking.waitlist(now);
        }
        return booking.getState();
    }

    /**
     * Offers free seats to the waitlist, first come first served: each booking in {@code waitlist}
     * order (waitlisted at, then id) that the seat rule lets in is offered a seat until
     * {@code offeredUntil}; a booking its partner's quota or the others' reservations keep out is
     * skipped and keeps its place.
     *
     * @return the bookings offered a seat, in order
     */
    public List<SeatBooking> promoteFromWaitlist(List<SeatBooking> waitlist, SeatCounts held, Instant offeredUntil) {
        List<SeatBooking> offered = new ArrayList<>();
        if (status != SessionStatus.SCHEDULED) {
            return offered;
        }
        for (var booking : waitlist) {
            if (seatsHeld >= capacity) {
                break;
            }
            if (booking.getState() == SeatState.WAITLISTED && canSeat(booking.getPartnerId(), held)) {
                booking.offer(offeredUntil);
                seatTaken(booking, held);
                offered.add(booking);
            }
        }
        return offered;
    }

    private void seatTaken(SeatBooking booking, SeatCounts held) {
        seatsHeld++;
        held.taken(booking.getPartnerId());
    }

    /** The booking's seat (if it holds one) goes back to the session; the booking is released. */
    void releaseSeat(SeatBooking booking, SeatCounts held, Instant now) {
        if (booking.getState().holdsSeat()) {
            seatsHeld--;
            held.freed(booking.getPartnerId());
        }
        booking.release(now);
    }

    /** Cancels the session for good; the allocator releases every booking in the same transaction. */
    public void cancel(String reason, Instant now) {
        requireScheduled();
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldsException.of("reason", "say why the session is cancelled");
        }
        status = SessionStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = reason.strip();
    }

    /** Every booking was released with the session: no seat is held any more. */
    void allSeatsReleased() {
        seatsHeld = 0;
    }

    /**
     * Replaces the instructors: {@code leads} lead the session, {@code coInstructors} co-deliver it. Who
     * may take which role is {@code trainer.InstructorEligibility}'s rule, checked by the service; here a
     * person may only hold one role.
     */
    public void assignInstructors(Set<Person> leads, Set<Person> coInstructors) {
        requireScheduled();
        List<FieldProblem> problems = new ArrayList<>();
        coInstructors.stream().filter(co -> leads.stream().anyMatch(l -> l.getId().equals(co.getId())))
                .forEach(both -> problems.add(new FieldProblem("coInstructorIds",
                        both.getDisplayName() + " cannot both lead and co-deliver the session")));
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Set<SessionInstructor> wanted = new HashSet<>();
        leads.forEach(p -> wanted.add(new SessionInstructor(p, InstructorRole.LEAD)));
        coInstructors.forEach(p -> wanted.add(new SessionInstructor(p, InstructorRole.CO)));
        instructors.retainAll(wanted);
        instructors.addAll(wanted);
    }

    private void requireScheduled() {
        if (status == SessionStatus.CANCELLED) {
            throw new RuleViolationException("Session " + id + " is cancelled and can no longer be changed");
        }
    }

    public boolean isBelowMinimum() {
        return seatsHeld < minToRun;
    }

    public int seatsLeft() {
        return Math.max(0, capacity - seatsHeld);
    }

    /** The days in order. */
    public List<SessionDay> getDays() {
        return days.entrySet().stream()
                .map(e -> new SessionDay(e.getKey(), e.getValue().getStartsAt(), e.getValue().getEndsAt()))
                .sorted(Comparator.comparing(SessionDay::day))
                .toList();
    }

    public boolean hasDay(LocalDate day) {
        return days.containsKey(day);
    }

    public Instant startsAt() {
        var zone = zone();
        return getDays().stream().map(d -> d.start(zone)).min(Comparator.naturalOrder()).orElseThrow();
    }

    public Instant endsAt() {
        var zone = zone();
        return getDays().stream().map(d -> d.end(zone)).max(Comparator.naturalOrder()).orElseThrow();
    }

    public ZoneId zone() {
        return zoneOf(timeZone);
    }

    private static ZoneId zoneOf(String timeZone) {
        return ZoneId.of(timeZone);
    }

    public List<PartnerAllocation> allocationList() {
        return allocations.entrySet().stream()
                .map(e -> new PartnerAllocation(e.getKey(), e.getValue().getQuota(), e.getValue().getReserved()))
                .sorted(Comparator.comparing(PartnerAllocation::partnerId))
                .toList();
    }

    public boolean hasAllocations() {
        return !allocations.isEmpty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public CourseOffering getOffering() {
        return offering;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getVenue() {
        return venue;
    }

    public String getVirtualLink() {
        return virtualLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getMinToRun() {
        return minToRun;
    }

    public Instant getEnrollmentClosesAt() {
        return enrollmentClosesAt;
    }

    public Partner getDeliveringPartner() {
        return deliveringPartner;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public int getSeatsHeld() {
        return seatsHeld;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The lead instructors. */
    public List<Person> getInstructors() {
        return instructorsIn(InstructorRole.LEAD);
    }

    public List<Person> getCoInstructors() {
        return instructorsIn(InstructorRole.CO);
    }

    private List<Person> instructorsIn(InstructorRole role) {
        return instructors.stream().filter(i -> i.getRole() == role).map(SessionInstructor::getPerson).toList();
    }
}
