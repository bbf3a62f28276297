package org.partneracademy.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partneracademy.catalog.Course;
import org.partneracademy.catalog.CourseFormat;
import org.partneracademy.catalog.CourseOffering;
import org.partneracademy.catalog.CourseStatus;
import org.partneracademy.partner.Partner;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.InvalidFieldsException.FieldProblem;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.platform.security.Role;
import org.partneracademy.trainer.InstructorEligibility;

/**
 * Scheduling, changing and cancelling instructor-led sessions, their quotas and reservations, and
 * reading their rosters and waitlists. The vendor admin manages every session; a partner admin the
 * sessions their partner delivers ({@link SessionAccess}); others get "not found".
 *
 * <p>Instructors: a lead is an active person with the TRAINER role who works for the delivering partner
 * (vendor staff without a partner when the vendor delivers) and is authorised for the course family and
 * major version ({@link InstructorEligibility#mayLead}); a co-instructor is an active trainer who may
 * co-deliver the course ({@link InstructorEligibility#mayCoDeliver}: authorised, or a candidate on the
 * shadowing or co-delivery step), from any partner, since candidates co-deliver with other partners'
 * trainers.
 */
@Stateless
public class SessionService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    SessionAccess access;

    @Inject
    SeatAllocator allocator;

    @Inject
    Event<SessionCancelled> sessionCancelled;

    @Inject
    InstructorEligibility eligibility;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public SessionView create(@NotNull @Valid SessionInput input) {
        var offering = offering(input.offeringId());
        var deliverer = deliverer(input.deliveringPartnerId(), true);
        var leads = leads(input.instructors(), deliverer, offering.getCourse());
        var coInstructors = coInstructors(input.coInstructors(), offering.getCourse());
        var session = TrainingSession.schedule(offering, input.plan(), deliverer, clock.instant());
        session.assignInstructors(leads, coInstructors);
        em.persist(session);
        em.flush();
        return SessionView.of(session, 0, true);
    }

    /**
     * Changes a session's schedule, place, capacity, deliverer and instructors (not its offering). A
     * larger capacity offers the new seats to the waitlist at once.
     */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public SessionView edit(long sessionId, @NotNull @Valid SessionInput input) {
        var session = lockedManaged(sessionId);
        if (!session.getOffering().getId().equals(input.offeringId())) {
            throw InvalidFieldsException.of("offeringId", "a session stays with its offering; schedule a new session instead");
        }
        var deliverer = deliverer(input.deliveringPartnerId(), false);
        var course = session.getOffering().getCourse();
        var leads = leads(input.instructors(), deliverer, course);
        var coInstructors = coInstructors(input.coInstructors(), course);
        List<LocalDate> removed = session.getDays().stream().map(SessionDay::day)
                .filter(day -> input.days().stream().noneMatch(d -> day.equals(d.day()))).toList();
        if (!removed.isEmpty() && hasMarks(sessionId, removed)) {
            throw InvalidFieldsException.of("days", "attendance is already marked on " + removed + "; keep those days");
        }
        session.replan(input.plan(), deliverer);
        session.assignInstructors(leads, coInstructors);
        em.flush();
        allocator.offerFreeSeats(session);
        return view(session);
    }

    /** Replaces the partners' quotas and reservations; seats they no longer keep back go to the waitlist. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public SessionView allocate(long sessionId, @NotNull @Valid SessionAllocations allocations) {
        var session = lockedManaged(sessionId);
        var wanted = allocations.allocations();
        for (int i = 0; i < wanted.size(); i++) {
            if (em.find(Partner.class, wanted.get(i).partnerId()) == null) {
                throw InvalidFieldsException.of("allocations[" + i + "].partnerId", "no such partner");
            }
        }
        session.allocate(wanted);
        em.flush();
        allocator.offerFreeSeats(session);
        return view(session);
    }

    /**
     * Cancels the session for good: every booking is released and {@link SessionCancelled} fired, so
     * the enrollment side voids the registrations and tells the learners.
     */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public SessionView cancel(long sessionId, @NotNull @Valid SessionCancellation cancellation) {
        var session = lockedManaged(sessionId);
        session.cancel(cancellation.reason(), clock.instant());
        var released = allocator.releaseAll(sessionId);
        em.flush();
        sessionCancelled.fire(new SessionCancelled(sessionId, session.getCancelReason(), access.username(), released));
        return view(session);
    }

    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public SessionView session(long sessionId) {
        return view(managed(sessionId));
    }

    /** The caller's sessions by first day, paged by the database. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public Page<SessionView> list(@NotNull @Valid SessionSearch search, @NotNull @Valid PageRequest page) {
        var condition = access.managedSessions("s");
        var where = new StringBuilder(" where ").append(condition.jpql());
        Map<String, Object> parameters = new HashMap<>(condition.parameters());
        if (search.courseCode() != null && !search.courseCode().isBlank()) {
            where.append(" and s.offering.course.code = :code");
            parameters.put("code", search.courseCode().strip());
        }
        if (search.status() != null) {
            where.append(" and s.status = :status");
            parameters.put("status", search.status());
        }
        if (search.belowMinimumOnly()) {
            where.append(" and s.seatsHeld < s.minToRun");
        }
        DayRange.append(where, parameters, search.from(), search.to());
        return page(where.toString(), parameters, page, true);
    }

    /**
     * Open sessions a learner may enroll in ({@link SessionAccess#openSessions}) with a day in
     * {@code from..to}. Full sessions are listed too (seats left 0): enrolling puts
     * the learner on the waitlist.
     */
    @RolesAllowed({Role.Names.LEARNER, Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN, Role.Names.TRAINER,
            Role.Names.TRAINING_LEADER})
    public Page<SessionView> upcoming(LocalDate from, LocalDate to, String courseCode, @NotNull @Valid PageRequest page) {
        var open = access.openSessions("s", clock.instant());
        var where = new StringBuilder(" where ").append(open.jpql());
        Map<String, Object> parameters = new HashMap<>(open.parameters());
        if (courseCode != null && !courseCode.isBlank()) {
            where.append(" and s.offering.course.code = :code");
            parameters.put("code", courseCode.strip());
        }
        DayRange.append(where, parameters, from, to);
        return page(where.toString(), parameters, page, false);
    }

    /** The seated and offered learners, by name. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public List<RosterEntry> roster(long sessionId) {
        managed(sessionId);
        return bookings(sessionId, List.of(SeatState.SEATED, SeatState.OFFERED), "p.displayName, b.id");
    }

    /** The waitlist in order (first come, first served), with positions from 1. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public List<RosterEntry> waitlist(long sessionId) {
        managed(sessionId);
        return bookings(sessionId, List.of(SeatState.WAITLISTED), "b.waitlistedAt, b.id");
    }

    /** Offerings of instructor-led courses that are not retired, for the session editor. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public List<SessionChoice> offeringChoices() {
        return em.createQuery("""
                        select o from CourseOffering o join o.course c
                        where c.status <> :retired and c.format <> :selfPaced order by c.code, c.versionMajor, c.versionMinor, o.kind""",
                        CourseOffering.class)
                .setParameter("retired", CourseStatus.RETIRED)
                .setParameter("selfPaced", CourseFormat.SELF_PACED)
                .getResultList().stream()
                .map(o -> new SessionChoice(o.getId(), o.getCourse().getCode() + " " + o.getCourse().getVersionLabel() + " – "
                        + o.getCourse().getTitle() + " (" + o.getKind() + ")"))
                .toList();
    }

    /** The partners the caller may let deliver a session: every partner for the vendor admin, else their own. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public List<SessionChoice> partnerChoices() {
        var own = access.isVendorAdmin() ? null : access.administeredPartnerId().orElse(-1L);
        return em.createQuery("select p from Partner p where :own is null or p.id = :own order by p.name", Partner.class)
                .setParameter("own", own)
                .getResultList().stream().map(p -> new SessionChoice(p.getId(), p.getName())).toList();
    }

    /**
     * The trainers who may lead a session of {@code offeringId} delivered by {@code partnerId} (null = the
     * vendor): the deliverer's active trainers authorised for the course (all of them while no offering is chosen).
     */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public List<SessionChoice> trainerChoices(Long partnerId, Long offeringId) {
        var course = offeringId == null ? null : em.find(CourseOffering.class, offeringId);
        return em.createQuery("""
                        select p from Person p where :trainer member of p.roles and p.deactivatedAt is null
                        and ((:partner is null and p.partner is null) or p.partner.id = :partner) order by p.displayName""",
                        Person.class)
                .setParameter("trainer", Role.TRAINER)
                .setParameter("partner", partnerId)
                .getResultList().stream()
                .filter(p -> course == null || eligibility.mayLead(p.getId(), course.getCourse()))
                .map(p -> new SessionChoice(p.getId(), p.getDisplayName())).toList();
    }

    /**
     * The trainers who may co-deliver a session of {@code offeringId}, from any partner: authorised for the
     * course or candidates on the shadowing or co-delivery step. Labelled with their partner.
     */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public List<SessionChoice> coInstructorChoices(Long offeringId) {
        var offering = offeringId == null ? null : em.find(CourseOffering.class, offeringId);
        if (offering == null) {
            return List.of();
        }
        return em.createQuery("""
                        select p from Person p left join fetch p.partner where :trainer member of p.roles
                        and p.deactivatedAt is null order by p.displayName""", Person.class)
                .setParameter("trainer", Role.TRAINER)
                .getResultList().stream()
                .filter(p -> eligibility.mayCoDeliver(p.getId(), offering.getCourse()))
                .map(p -> new SessionChoice(p.getId(), p.getDisplayName() + " ("
                        + (p.getPartner() == null ? SessionView.VENDOR : p.getPartner().getName()) + ")"))
                .toList();
    }

    private Page<SessionView> page(String where, Map<String, Object> parameters, PageRequest page, boolean admin) {
        String from = " from TrainingSession s";
        String firstDay = "(select min(key(fd)) from TrainingSession fs join fs.days fd where fs = s)";
        TypedQuery<TrainingSession> query = em.createQuery("select s" + from + where
                + " order by " + firstDay + ", s.id", TrainingSession.class);
        parameters.forEach(query::setParameter);
        var sessions = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        var count = em.createQuery("select count(s)" + from + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        var waitlisted = waitlistedCounts(sessions);
        return Page.of(sessions.stream().map(s -> SessionView.of(s, waitlisted.getOrDefault(s.getId(), 0L), admin)).toList(),
                total, page);
    }

    private Map<Long, Long> waitlistedCounts(List<TrainingSession> sessions) {
        Map<Long, Long> counts = new HashMap<>();
        if (sessions.isEmpty()) {
            return counts;
        }
        em.createQuery("""
                        select b.session.id, count(b) from SeatBooking b where b.session in :sessions and b.state = :waitlisted
                        group by b.session.id""", Object[].class)
                .setParameter("sessions", sessions)
                .setParameter("waitlisted", SeatState.WAITLISTED)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Bookings with their learners. Enrollments are named in the query only (no association), so that
     * the session feature does not depend on the enrollment feature's classes.
     */
    private List<RosterEntry> bookings(long sessionId, List<SeatState> states, String order) {
        var rows = em.createQuery("""
                        select b, p.id, p.username, p.displayName, pa.name
                        from SeatBooking b, Enrollment e join e.learner p left join p.partner pa
                        where e.id = b.enrollmentId and b.session.id = :session and b.state in :states
                        order by""" + " " + order, Object[].class)
                .setParameter("session", sessionId)
                .setParameter("states", states)
                .getResultList();
        List<RosterEntry> entries = new ArrayList<>();
        int position = 0;
        for (var row : rows) {
            var b = (SeatBooking) row[0];
            boolean waitlisted = b.getState() == SeatState.WAITLISTED;
            entries.add(new RosterEntry(b.getEnrollmentId(), b.getState(), waitlisted ? ++position : null,
                    waitlisted ? b.getWaitlistedAt() : b.getRequestedAt(), b.getOfferedUntil(),
                    (Long) row[1], (String) row[2], (String) row[3], (String) row[4]));
        }
        return entries;
    }

    private SessionView view(TrainingSession session) {
        long waitlisted = em.createQuery("select count(b) from SeatBooking b where b.session = :s and b.state = :w", Long.class)
                .setParameter("s", session)
                .setParameter("w", SeatState.WAITLISTED)
                .getSingleResult();
        return SessionView.of(session, waitlisted, true);
    }

    /** A session the caller manages, else "not found". */
    TrainingSession managed(long sessionId) {
        var condition = access.managedSessions("s");
        return condition.bind(em.createQuery("select s from TrainingSession s where s.id = :id and " + condition.jpql(),
                        TrainingSession.class))
                .setParameter("id", sessionId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Session", sessionId));
    }

    private TrainingSession lockedManaged(long sessionId) {
        managed(sessionId);
        return allocator.lock(sessionId);
    }

    private boolean hasMarks(long sessionId, List<LocalDate> days) {
        return !em.createQuery("select m.key.enrollmentId from AttendanceMark m where m.sessionId = :s and m.key.day in :days",
                        Long.class)
                .setParameter("s", sessionId)
                .setParameter("days", days)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private CourseOffering offering(long offeringId) {
        var offering = em.find(CourseOffering.class, offeringId);
        if (offering == null) {
            throw InvalidFieldsException.of("offeringId", "no such offering");
        }
        var course = offering.getCourse();
        if (course.getFormat() == CourseFormat.SELF_PACED) {
            throw InvalidFieldsException.of("offeringId", course.getCode() + " is self-paced and has no sessions");
        }
        if (course.getStatus() == CourseStatus.RETIRED) {
            throw InvalidFieldsException.of("offeringId", course.getCode() + " " + course.getVersionLabel() + " is retired");
        }
        return offering;
    }

    /**
     * The delivering partner: any partner (or none, the vendor) for the vendor admin; a partner admin's
     * own partner only, which is also the default when they name none.
     */
    private Partner deliverer(Long partnerId, boolean defaultToOwn) {
        if (access.isVendorAdmin()) {
            if (partnerId == null) {
                return null;
            }
            var partner = em.find(Partner.class, partnerId);
            if (partner == null) {
                throw InvalidFieldsException.of("deliveringPartnerId", "no such partner");
            }
            return partner;
        }
        var own = access.administeredPartnerId()
                .orElseThrow(() -> InvalidFieldsException.of("deliveringPartnerId", "you administer no partner"));
        if ((partnerId == null && !defaultToOwn) || (partnerId != null && !partnerId.equals(own))) {
            throw InvalidFieldsException.of("deliveringPartnerId", "a partner admin schedules sessions their own partner delivers");
        }
        return em.find(Partner.class, own);
    }

    /** Lead instructors: active trainers of the deliverer, authorised for the course; 400 naming each one who is not. */
    private Set<Person> leads(List<Long> personIds, Partner deliverer, Course course) {
        Set<Person> people = new HashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < personIds.size(); i++) {
            var person = em.find(Person.class, personIds.get(i));
            boolean worksForDeliverer = person != null && (deliverer == null
                    ? person.getPartner() == null
                    : person.getPartner() != null && person.getPartner().getId().equals(deliverer.getId()));
            if (!isActiveTrainer(person) || !worksForDeliverer) {
                problems.add(new FieldProblem("instructorIds[" + i + "]", "person " + personIds.get(i)
                        + " is not an active trainer of " + (deliverer == null ? "the vendor" : deliverer.getName())));
            } else if (!eligibility.mayLead(person.getId(), course)) {
                problems.add(new FieldProblem("instructorIds[" + i + "]", person.getDisplayName()
                        + " holds no active authorisation to lead " + course.getCode() + " " + course.getVersionMajor()
                        + ".x (not authorised, suspended, revoked or expired)"));
            } else {
                people.add(person);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return people;
    }

    /** Co-instructors: active trainers who may co-deliver the course; 400 naming each one who may not. */
    private Set<Person> coInstructors(List<Long> personIds, Course course) {
        Set<Person> people = new HashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < personIds.size(); i++) {
            var person = em.find(Person.class, personIds.get(i));
            if (!isActiveTrainer(person)) {
                problems.add(new FieldProblem("coInstructorIds[" + i + "]", "person " + personIds.get(i)
                        + " is not an active trainer"));
            } else if (!eligibility.mayCoDeliver(person.getId(), course)) {
                problems.add(new FieldProblem("coInstructorIds[" + i + "]", person.getDisplayName()
                        + " may not co-deliver " + course.getCode() + ": neither authorised for it nor a candidate"
                        + " on the shadowing or co-delivery step"));
            } else {
                people.add(person);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return people;
    }

    private static boolean isActiveTrainer(Person person) {
        return person != null && person.isActive() && person.getRoles().contains(Role.TRAINER);
    }
}
