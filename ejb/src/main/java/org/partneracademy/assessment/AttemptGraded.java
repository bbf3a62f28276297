package org.partneracademy.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * CDI event: an exam attempt got its final result (auto-graded at submission, or after the last manual
 * grade), fired in that transaction. Certifications observe it for exam and practical requirements.
 */
public record AttemptGraded(long attemptId, long learnerId, long examId, String examKind, boolean passed,
        BigDecimal scorePercent, Instant gradedAt) {
}
