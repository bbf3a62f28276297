package org.partneracademy.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneId;
import org.partneracademy.partner.Partner;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.Role;
import org.partneracademy.session.SeatState;
import org.partneracademy.session.SessionSchedule;

/**
 * The calendar invite of the signed-in learner's own seated enrollment. Someone else's enrollment is
 * "not found"; an enrollment without a seat (self-paced, pending, waitlisted, offered, cancelled) is a
 * conflict, since there is nothing to put in a calendar yet.
 */
@Stateless
@RolesAllowed(Role.Names.LEARNER)
public class SessionInvites {

    /**
     * Who delivers a session the vendor delivers, in the invite's description. (ORGANIZER needs an
     * address, and sessions have none to give.)
     */
    static final String VENDOR_ORGANISER = "Partner Academy";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    EnrollmentService enrollments;

    @Inject
    SessionSchedule schedule;

    private final Clock clock = Clock.systemUTC();

    /** The invite of enrollment {@code enrollmentId} as text/calendar. */
    public String inviteFor(long enrollmentId) {
        var enrollment = enrollments.myEnrollment(enrollmentId);
        if (enrollment.sessionId() == null) {
            throw new NotFoundException("Session of enrollment", enrollmentId);
        }
        if (enrollment.status() != EnrollmentStatus.ACTIVE || enrollment.seat() == null
                || !SeatState.SEATED.name().equals(enrollment.seat().state())) {
            throw new ConflictException("Enrollment " + enrollmentId + " holds no seat yet, so there is no invite");
        }
        var facts = schedule.facts(enrollment.sessionId());
        var days = facts.days().stream()
                .map(day -> new SessionInvite.Day(day.day(), day.startsAt(), day.endsAt())).toList();
        var invite = new SessionInvite(enrollmentId, sequenceOf(facts.sessionId()), facts.courseTitle(),
                facts.courseCode() + " – " + facts.courseTitle() + "\nDelivered by " + organiser(facts.deliveringPartnerId()),
                ZoneId.of(facts.timeZone()), days, facts.venue(), facts.virtualLink(), null, null);
        return invite.toICalendar(clock.instant());
    }

    /**
     * The session row's version: it grows with every change of the session (and of its seats), so a
     * calendar importing the file again takes the newer dates and place.
     */
    private int sequenceOf(long sessionId) {
        long version = em.createQuery("select s.version from TrainingSession s where s.id = :id", Long.class)
                .setParameter("id", sessionId).getSingleResult();
        return (int) Math.min(version, Integer.MAX_VALUE);
    }

    private String organiser(Long partnerId) {
        var partner = partnerId == null ? null : em.find(Partner.class, partnerId);
        return partner == null ? VENDOR_ORGANISER : partner.getName();
    }
}
