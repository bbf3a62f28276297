package org.partneracademy.enrollment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;

/**
 * The enrollment side of the approval inbox: turns the approval tasks the workflow found for the caller
 * into views, and explains why a request can no longer be decided. The workflow decides who sees which
 * task (candidate users and groups); this class trusts the ids it is given.
 */
@Stateless
@PermitAll
public class ApprovalRequests {

    /** One approval task as the workflow found it. */
    public record PendingTask(long enrollmentId, String stage, Instant createdAt, Instant expiresAt) {
    }

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Approvers approvers;

    public List<ApprovalView> views(List<PendingTask> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Collection<Long> ids = tasks.stream().map(PendingTask::enrollmentId).toList();
        Map<Long, Enrollment> enrollments = em.createQuery("""
                        select e from Enrollment e join fetch e.course join fetch e.learner where e.id in :ids""",
                        Enrollment.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(Enrollment::getId, Function.identity()));
        return tasks.stream().filter(t -> enrollments.containsKey(t.enrollmentId())).map(t -> {
            var e = enrollments.get(t.enrollmentId());
            return new ApprovalView(e.getId(), e.getLearner().getId(), e.getLearner().getDisplayName(),
                    e.getCourse().getId(), e.getCourse().getCode(), e.getCourse().getTitle(), e.getSessionId(), t.stage(),
                    t.createdAt(), t.expiresAt());
        }).toList();
    }

    /**
     * Why an enrollment the caller may see has no approval waiting: it expired, was decided, or never
     * needed one. An enrollment the caller may not see (not theirs to approve) is "not found".
     */
    public ConflictException noLongerPending(long enrollmentId, String caller, boolean vendorAdmin) {
        var enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null || !(vendorAdmin || approvers.of(enrollment.getLearner()).contains(caller))) {
            throw new NotFoundException("Approval request", enrollmentId);
        }
        return switch (enrollment.getStatus()) {
            case EXPIRED -> new ConflictException("The request of enrollment " + enrollmentId
                    + " expired before it was decided; the learner may ask again");
            case REJECTED -> new ConflictException("The request of enrollment " + enrollmentId + " was already rejected");
            case CANCELLED -> new ConflictException("The request of enrollment " + enrollmentId + " was cancelled");
            default -> new ConflictException("The request of enrollment " + enrollmentId
                    + " is not waiting for your decision (it is " + enrollment.getStatus() + ")");
        };
    }
}
