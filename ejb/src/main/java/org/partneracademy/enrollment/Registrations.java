package org.partneracademy.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds registrations. Callers are the services of this package, which apply their own scoping first. */
@ApplicationScoped
class Registrations {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    Optional<Registration> ofEnrollment(long enrollmentId) {
        return em.createQuery("""
                select r from Registration r left join fetch r.events
                where r.enrollment.id = :enrollmentId""", Registration.class)
                .setParameter("enrollmentId", enrollmentId)
                .getResultStream().findFirst();
    }
}
