package org.partneracademy.session;

import java.util.List;

/**
 * CDI event: a session was cancelled and every booking on it released. Fired in the cancelling
 * transaction; the enrollment side voids the registrations of {@code releasedEnrollmentIds} (the
 * enrollments that had a booking on it) and ends their processes.
 */
public record SessionCancelled(long sessionId, String reason, String actor, List<Long> releasedEnrollmentIds) {

    public SessionCancelled(long sessionId, String reason, String actor) {
        this(sessionId, reason, actor, List.of());
    }
}
