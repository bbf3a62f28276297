package org.partneracademy.enrollment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Positive;

/** Asking to enroll: in a course (self-paced, by {@code courseId}) or on a session ({@code sessionId}). */
public record EnrollmentRequest(@Positive Long courseId, @Positive Long sessionId) {

    public EnrollmentRequest(Long courseId) {
        this(courseId, null);
    }

    /** Exactly one of the two says what to enroll in. */
    @AssertTrue(message = "give either courseId (self-paced) or sessionId (a session), not both")
    public boolean isOneTarget() {
        return (courseId == null) != (sessionId == null);
    }
}
