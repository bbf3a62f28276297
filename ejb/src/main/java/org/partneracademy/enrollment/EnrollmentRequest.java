package org.partneracademy.enrollment;

import jakarta.validation.constraints.Positive;
import org.partneracademy.platform.error.InvalidFieldsException;

/**
 * Asking to enroll: in a course (self-paced, by {@code courseId}) or on a session ({@code sessionId});
 * exactly one of the two.
 */
public record EnrollmentRequest(@Positive Long courseId, @Positive Long sessionId) {

    /** Refuses a request that names neither or both, as a field error on courseId. */
    void requireOneTarget() {
        if ((courseId == null) == (sessionId == null)) {
            throw InvalidFieldsException.of("courseId", courseId == null
                    ? "give courseId (a self-paced course) or sessionId (a session)"
                    : "give either courseId or sessionId, not both");
        }
    }
}
