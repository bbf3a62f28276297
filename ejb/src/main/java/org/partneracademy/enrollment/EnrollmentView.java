package org.partneracademy.enrollment;

import java.time.Instant;
import java.util.List;

public record EnrollmentView(long id, long courseId, String courseCode, String courseTitle, EnrollmentStatus status,
        Instant enrolledAt, Instant completedAt, int modulesCompleted, int modulesTotal,
        List<ModuleProgressView> modules) {

    static EnrollmentView of(Enrollment enrollment) {
        var course = enrollment.getCourse();
        var modules = course.getModules().stream()
                .map(m -> new ModuleProgressView(m.getId(), m.getPosition(), m.getTitle(), m.getDurationMinutes(),
                        enrollment.completionOf(m.getId()).orElse(null)))
                .toList();
        return new EnrollmentView(enrollment.getId(), course.getId(), course.getCode(), course.getTitle(),
                enrollment.getStatus(), enrollment.getEnrolledAt(), enrollment.getCompletedAt(),
                enrollment.getCompletedModuleCount(), modules.size(), modules);
    }

    public int percentComplete() {
        return modulesTotal == 0 ? 0 : modulesCompleted * 100 / modulesTotal;
    }
}
