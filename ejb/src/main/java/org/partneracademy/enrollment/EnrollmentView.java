package org.partneracademy.enrollment;

import java.time.Instant;
import java.util.List;
import org.partneracademy.session.SeatView;

/**
 * An enrollment as its learner (and the admins in scope) see it. For a session, {@code seat} says
 * where the seat stands (seated, offered until, waitlisted at position); {@code closeReason} says why an
 * ended enrollment ended.
 */
public record EnrollmentView(long id, long courseId, String courseCode, String courseTitle, EnrollmentStatus status,
        Instant enrolledAt, Instant completedAt, int modulesCompleted, int modulesTotal,
        List<ModuleProgressView> modules, Long offeringId, Long sessionId, EnrollmentOrigin origin, String requestedBy,
        SeatStatus seat, Instant closedAt, String closeReason) {

    static EnrollmentView of(Enrollment enrollment) {
        return of(enrollment, null);
    }

    static EnrollmentView of(Enrollment enrollment, SeatView seat) {
        var course = enrollment.getCourse();
        var modules = course.getModules().stream()
                .map(m -> new ModuleProgressView(m.getId(), m.getPosition(), m.getTitle(), m.getDurationMinutes(),
                        enrollment.completionOf(m.getId()).orElse(null)))
                .toList();
        return new EnrollmentView(enrollment.getId(), course.getId(), course.getCode(), course.getTitle(),
                enrollment.getStatus(), enrollment.getEnrolledAt(), enrollment.getCompletedAt(),
                enrollment.getCompletedModuleCount(), modules.size(), modules,
                enrollment.getOffering() == null ? null : enrollment.getOffering().getId(), enrollment.getSessionId(),
                enrollment.getOrigin(), enrollment.getRequestedBy(),
                seat == null ? null
                        : new SeatStatus(seat.sessionId(), seat.state().name(), seat.waitlistPosition(), seat.offeredUntil()),
                enrollment.getClosedAt(), enrollment.getCloseReason());
    }

    public int percentComplete() {
        return modulesTotal == 0 ? 0 : modulesCompleted * 100 / modulesTotal;
    }
}
