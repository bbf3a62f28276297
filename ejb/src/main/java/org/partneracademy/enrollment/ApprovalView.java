package org.partneracademy.enrollment;

import java.time.Instant;

/**
 * A request waiting for the caller's decision: whose, for what, at which stage (MANAGER or VENDOR),
 * and until when it may be decided before it expires.
 */
public record ApprovalView(long enrollmentId, long learnerId, String learnerName, long courseId, String courseCode,
        String courseTitle, Long sessionId, String stage, Instant requestedAt, Instant expiresAt) {
}
