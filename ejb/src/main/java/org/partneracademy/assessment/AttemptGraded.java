package org.partneracademy.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Placeholder of the contract record helper A owns (fired when an attempt gets its final result);
 * replaced by A's file on merge.
 */
public record AttemptGraded(long attemptId, long learnerId, long examId, String examKind, boolean passed,
        BigDecimal scorePercent, Instant gradedAt) {
}
