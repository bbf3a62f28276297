package org.partneracademy.enrollment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.partneracademy.platform.error.NotFoundException;

/**
 * Writes the registrations ledger on behalf of the enrollment process. Every write is idempotent
 * because workflow jobs run at least once. Not reachable from pages or the API: only the process's
 * delegates call it, so it trusts the enrollment id it is given.
 */
@Stateless
@PermitAll
public class RegistrationLedger {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public void recordSeatTaken(long enrollmentId, String actor) {
        if (registrationOf(enrollmentId).isPresent()) {
            return;
        }
        var enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null) {
            throw new NotFoundException("Enrollment", enrollmentId);
        }
        em.persist(Registration.forSeatTaken(enrollment, clock.instant(), actor));
    }

    public void recordCompletion(long enrollmentId, String actor) {
        var registration = registrationOf(enrollmentId)
                .orElseThrow(() -> new NotFoundException("Registration of enrollment", enrollmentId));
        registration.record(RegistrationEventType.COMPLETED, clock.instant(), actor, "completed:" + enrollmentId);
    }

    Optional<Registration> registrationOf(long enrollmentId) {
        return em.createQuery("""
                select r from Registration r left join fetch r.events
                where r.enrollment.id = :enrollmentId""", Registration.class)
                .setParameter("enrollmentId", enrollmentId)
                .getResultStream().findFirst();
    }
}
