package org.partneracademy.enrollment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A learner asking to enroll in a course. */
public record EnrollmentRequest(@NotNull @Positive Long courseId) {
}
