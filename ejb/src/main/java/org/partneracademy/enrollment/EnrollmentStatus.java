package org.partneracademy.enrollment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where an enrollment is in its process. REQUESTED and PENDING_APPROVAL come before the learner has a
 * place; ACTIVE means learning (self-paced) or holding a booking on a session (whose seat state says
 * seated, offered or waitlisted); the last five are final. Only COMPLETED keeps the course "taken":
 * after the others the learner may ask again.
 */
public enum EnrollmentStatus {
    REQUESTED, PENDING_APPROVAL, ACTIVE, COMPLETED, NO_SHOW, CANCELLED, REJECTED, EXPIRED;

    /** The ends after which the learner may ask again (the database's open-enrollment key ignores them). */
    public static final List<EnrollmentStatus> ENDED_WITHOUT_COURSE = List.of(NO_SHOW, CANCELLED, REJECTED, EXPIRED);

    /**
     * HQL: the enrollment {@code alias} has not ended without the course. The statuses are literals, not a
     * list parameter: Hibernate translates a query with a list parameter to SQL again on every execution
     * (its SQL depends on the list's length), and this condition is on every enrollment request's path.
     */
    public static String notEndedWithoutCourse(String alias) {
        return alias + ".status not in (" + ENDED_WITHOUT_COURSE.stream()
                .map(status -> EnrollmentStatus.class.getName() + "." + status.name())
                .collect(Collectors.joining(", ")) + ")";
    }

    public boolean isFinal() {
        return this == COMPLETED || this == NO_SHOW || this == CANCELLED || this == REJECTED || this == EXPIRED;
    }
}
