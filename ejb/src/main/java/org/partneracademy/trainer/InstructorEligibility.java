package org.partneracademy.trainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import org.partneracademy.catalog.Course;
import org.partneracademy.platform.time.AcademyClock;

/**
 * Who may teach a course version: a lead instructor holds an ACTIVE, unexpired authorisation for the
 * course family and major version; a co-instructor holds one too, or is a candidate for that family on
 * the shadowing or co-delivery step. The one place sessions, candidacies and pages ask.
 */
@ApplicationScoped
public class InstructorEligibility {

    private static final EnumSet<CandidacyStatus> CO_DELIVERING = EnumSet.of(CandidacyStatus.SHADOWING,
            CandidacyStatus.CO_DELIVERY);

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    AcademyClock clock;

    public boolean mayLead(long personId, Course course) {
        return em.createQuery("""
                        select count(a) from TrainerAuthorisation a where a.trainer.id = :person
                        and a.courseCode = :code and a.versionMajor = :major and a.status = :active and a.expiresAt > :now""",
                        Long.class)
                .setParameter("person", personId).setParameter("code", course.getCode())
                .setParameter("major", course.getVersionMajor()).setParameter("active", AuthorisationStatus.ACTIVE)
                .setParameter("now", clock.instant())
                .getSingleResult() > 0;
    }

    public boolean mayCoDeliver(long personId, Course course) {
        return mayLead(personId, course) || em.createQuery("""
                        select count(c) from TrainerCandidacy c where c.candidate.id = :person
                        and c.courseCode = :code and c.status in :steps""", Long.class)
                .setParameter("person", personId).setParameter("code", course.getCode())
                .setParameter("steps", CO_DELIVERING)
                .getSingleResult() > 0;
    }
}
