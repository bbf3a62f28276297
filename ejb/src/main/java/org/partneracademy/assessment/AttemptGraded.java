package org.partneracademy.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * CDI event: an exam attempt got its final result, fired once per attempt in the transaction that gives
 * it (automatic grading at submission or at the deadline, or the last manual grade). {@code examKind}
 * is the exam's {@link ExamKind} name (EXAM, PRE_ASSESSMENT, TRAINER_EXAM).
 */
public record AttemptGraded(long attemptId, long learnerId, long examId, String examKind, boolean passed,
        BigDecimal scorePercent, Instant gradedAt) {
}
