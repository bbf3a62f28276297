package org.partneracademy.session;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partneracademy.platform.error.NotFoundException;

/**
 * The read model of a session for the enrollment side (eligibility, reminders, cancellation policy,
 * calendar invites). Unscoped: callers decide who may see what.
 */
@Stateless
@PermitAll
public class SessionSchedule {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public SessionFacts facts(long sessionId) {
        var found = em.find(TrainingSession.class, sessionId);
        if (found == null) {
            throw new NotFoundException("Session", sessionId);
        }
        return factsOf(found);
    }

    static SessionFacts factsOf(TrainingSession s) {
        var course = s.getOffering().getCourse();
        return new SessionFacts(s.getId(), course.getId(), course.getCode(), course.getTitle(), s.getOffering().getId(),
                s.getStatus(), s.startsAt(), s.endsAt(), s.getEnrollmentClosesAt(),
                s.getDeliveringPartner() == null ? null : s.getDeliveringPartner().getId(),
                s.getVenue(), s.getVirtualLink(), s.getTimeZone(), s.getDays());
    }
}
