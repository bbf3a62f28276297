package org.partneracademy.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partneracademy.assessment.AttemptGraded;
import org.partneracademy.certification.workflow.CertificationProcess;
import org.partneracademy.enrollment.LearningCompleted;

/**
 * Turns learning done elsewhere into certification progress, in the transaction that recorded it: a
 * completed course or a passed attempt makes every open certification of the learner look at the data
 * again ({@link CertificationLifecycle#recordEvidence}); when something new was met, that certification's
 * process is told. A certificate issued may unlock the next level, whose process is told as well.
 */
@ApplicationScoped
public class RequirementObserver {

    /** The states in which requirements count (a cycle is being worked on). */
    private static final List<CertificationStatus> OPEN = List.of(CertificationStatus.ASSIGNED,
            CertificationStatus.IN_PROGRESS, CertificationStatus.WINDOW_OPEN, CertificationStatus.EXPIRED,
            CertificationStatus.LAPSED);

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CertificationLifecycle lifecycle;

    @Inject
    CertificationProcess process;

    void courseCompleted(@Observes LearningCompleted completed) {
        look(completed.learnerId());
    }

    void attemptGraded(@Observes AttemptGraded graded) {
        if (graded.passed()) {
            look(graded.learnerId());
        }
    }

    void levelIssued(@Observes CertificationIssued issued) {
        em.createQuery("""
                        select c.id from Certification c where c.learner.id = :learner and c.status in :open
                        and c.definition.requiresDefinitionId = :definition""", Long.class)
                .setParameter("learner", issued.learnerId()).setParameter("open", OPEN)
                .setParameter("definition", issued.definitionId())
                .getResultList().forEach(process::requirementMet);
    }

    private void look(long learnerId) {
        for (long id : em.createQuery("select c.id from Certification c where c.learner.id = :learner and c.status in :open",
                        Long.class).setParameter("learner", learnerId).setParameter("open", OPEN).getResultList()) {
            if (lifecycle.recordEvidence(id)) {
                process.requirementMet(id);
            }
        }
    }
}
