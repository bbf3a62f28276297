package org.partneracademy.path;

import jakarta.validation.constraints.NotNull;

/**
 * A relation between two courses: for a prerequisite, {@code courseId} requires {@code otherCourseId};
 * for an equivalency, completing {@code courseId} counts for {@code otherCourseId}.
 */
public record CourseRelationInput(@NotNull Long courseId, @NotNull Long otherCourseId) {
}
