package org.partneracademy.enrollment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
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

    @Inject
    Registrations registrations;

    private final Clock clock = Clock.systemUTC();

    public void recordSeatTaken(long enrollmentId, String actor) {
        if (registrations.ofEnrollment(enrollmentId).isPresent()) {
            return;
        }
        var enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null) {
            throw new NotFoundException("Enrollment", enrollmentId);
        }
        em.persist(Registration.forSeatTaken(enrollment, clock.instant(), actor));
    }

    public void recordCompletion(long enrollmentId, String actor) {
        var registration = registrations.ofEnrollment(enrollmentId)
                .orElseThrow(() -> new NotFoundException("Registration of enrollment", enrollmentId));
        registration.record(RegistrationEventType.COMPLETED, clock.instant(), actor, "completed:" + enrollmentId);
    }
}
