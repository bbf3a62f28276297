package org.partneracademy.enrollment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partneracademy.platform.error.NotFoundException;

/** Self-paced learning as the process drives it: it starts, and its completion is reported. */
@Stateless
@PermitAll
public class LearningSteps {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public void activate(long enrollmentId) {
        enrollment(enrollmentId).activate();
    }

    /** What the certification side is told about a completed enrollment. */
    public LearningCompleted completion(long enrollmentId) {
        var enrollment = enrollment(enrollmentId);
        if (enrollment.getStatus() != EnrollmentStatus.COMPLETED) {
            throw new IllegalStateException("Enrollment " + enrollmentId + " is " + enrollment.getStatus());
        }
        return new LearningCompleted(enrollment.getLearner().getId(), enrollment.getCourse().getId(), enrollmentId,
                enrollment.getCompletedAt());
    }

    private Enrollment enrollment(long enrollmentId) {
        var enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null) {
            throw new NotFoundException("Enrollment", enrollmentId);
        }
        return enrollment;
    }
}
