package org.partneracademy.session;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.InvalidFieldsException.FieldProblem;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.Role;

/**
 * Attendance of instructor-led sessions, marked per learner and day by an instructor listed on the
 * session (or the vendor admin). The roster is the session's seated learners. A mark for someone not
 * on the roster or for a day the session does not have is refused as a whole: nothing is written.
 *
 * <p>Settlement (the enrollment process asks after the last day): present on every day of the
 * session → {@link AttendanceOutcome#ATTENDED}; absent on any day, or a day left unmarked →
 * {@link AttendanceOutcome#NO_SHOW}. An unmarked day counts as absent because the instructor is the
 * only witness: a learner is credited only for days someone saw them.
 */
@Stateless
public class AttendanceService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    SessionAccess access;

    private final Clock clock = Clock.systemUTC();

    /** The sessions the caller teaches that are not cancelled, by first day. */
    @RolesAllowed(Role.Names.TRAINER)
    public List<SessionView> mySessions() {
        var sessions = em.createQuery("""
                        select s from TrainingSession s join s.instructors i
                        where i.person.username = :me and s.status = :scheduled
                        order by (select min(key(fd)) from TrainingSession fs join fs.days fd where fs = s), s.id""",
                        TrainingSession.class)
                .setParameter("me", access.username())
                .setParameter("scheduled", SessionStatus.SCHEDULED)
                .getResultList();
        return sessions.stream().map(s -> SessionView.of(s, 0, false)).toList();
    }

    @RolesAllowed({Role.Names.TRAINER, Role.Names.VENDOR_ADMIN})
    public AttendanceSheet sheet(long sessionId) {
        var session = taught(sessionId);
        var roster = roster(sessionId);
        Map<Long, Map<LocalDate, Boolean>> marks = new HashMap<>();
        em.createQuery("select m from AttendanceMark m where m.sessionId = :s", AttendanceMark.class)
                .setParameter("s", sessionId)
                .getResultList()
                .forEach(m -> marks.computeIfAbsent(m.getEnrollmentId(), k -> new LinkedHashMap<>()).put(m.getDay(), m.isPresent()));
        var rows = roster.stream()
                .map(r -> new AttendanceSheet.Row(r.enrollmentId(), r.username(), r.displayName(), r.partnerName(),
                        marks.getOrDefault(r.enrollmentId(), Map.of())))
                .toList();
        var course = session.getOffering().getCourse();
        return new AttendanceSheet(sessionId, course.getCode(), course.getTitle(), session.getTimeZone(), session.getDays(), rows);
    }

    /**
     * Marks who was present on one day. Marking again replaces the earlier mark. Refused as a whole if
     * the day is not one of the session's or an enrollment is not seated on it.
     */
    @RolesAllowed({Role.Names.TRAINER, Role.Names.VENDOR_ADMIN})
    public AttendanceSheet mark(long sessionId, @NotNull @Valid AttendanceInput input) {
        var session = taught(sessionId);
        if (!session.hasDay(input.day())) {
            throw InvalidFieldsException.of("day", input.day() + " is not a day of session " + sessionId
                    + " (" + session.getDays().stream().map(SessionDay::day).toList() + ")");
        }
        Set<Long> onRoster = new HashSet<>();
        roster(sessionId).forEach(r -> onRoster.add(r.enrollmentId()));
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < input.marks().size(); i++) {
            long enrollmentId = input.marks().get(i).enrollmentId();
            if (!onRoster.contains(enrollmentId)) {
                problems.add(new FieldProblem("marks[" + i + "].enrollmentId",
                        "enrollment " + enrollmentId + " is not on the roster of session " + sessionId));
            } else if (!seen.add(enrollmentId)) {
                problems.add(new FieldProblem("marks[" + i + "].enrollmentId", "is marked twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        var now = clock.instant();
        for (var mark : input.marks()) {
            var existing = em.find(AttendanceMark.class, new AttendanceMark.Key(mark.enrollmentId(), input.day()));
            if (existing == null) {
                em.persist(new AttendanceMark(mark.enrollmentId(), sessionId, input.day(), mark.present(), access.username(), now));
            } else {
                existing.mark(mark.present(), access.username(), now);
            }
        }
        em.flush();
        return sheet(sessionId);
    }

    /**
     * The outcome of an enrollment's session (see the class comment for the rule). Called by the
     * enrollment process once the last day is over; reading only, so it may run any number of times.
     */
    @PermitAll
    public AttendanceOutcome settle(long enrollmentId) {
        var booking = em.createQuery("select b from SeatBooking b join fetch b.session where b.enrollmentId = :e", SeatBooking.class)
                .setParameter("e", enrollmentId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Seat booking of enrollment", enrollmentId));
        var days = booking.getSession().getDays().stream().map(SessionDay::day).toList();
        long presentDays = em.createQuery("""
                        select count(m) from AttendanceMark m
                        where m.key.enrollmentId = :e and m.sessionId = :s and m.present = true""", Long.class)
                .setParameter("e", enrollmentId)
                .setParameter("s", booking.getSession().getId())
                .getSingleResult();
        return AttendanceRule.outcome(booking.getState(), days.size(), presentDays);
    }

    /** A session the caller teaches (or any, for the vendor admin); else "not found". */
    private TrainingSession taught(long sessionId) {
        String condition = access.isVendorAdmin() ? "" : " and exists (select 1 from TrainingSession ts join ts.instructors i"
                + " where ts = s and i.person.username = :me)";
        var query = em.createQuery("select s from TrainingSession s where s.id = :id" + condition, TrainingSession.class)
                .setParameter("id", sessionId);
        if (!access.isVendorAdmin()) {
            query.setParameter("me", access.username());
        }
        return query.getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Session", sessionId));
    }

    private List<RosterEntry> roster(long sessionId) {
        var rows = em.createQuery("""
                        select b.enrollmentId, p.username, p.displayName, pa.name
                        from SeatBooking b, Enrollment e join e.learner p left join p.partner pa
                        where e.id = b.enrollmentId and b.session.id = :session and b.state = :seated
                        order by p.displayName, b.id""", Object[].class)
                .setParameter("session", sessionId)
                .setParameter("seated", SeatState.SEATED)
                .getResultList();
        return rows.stream().map(r -> new RosterEntry((Long) r[0], SeatState.SEATED, null, null, null, 0L,
                (String) r[1], (String) r[2], (String) r[3])).toList();
    }
}
