package org.partneracademy.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/** One attempt in a list: no questions. */
public record AttemptSummary(long id, long examId, String examCode, String examTitle, long learnerId,
        String learnerName, int attemptNo, String status, Instant startedAt, Instant deadlineAt, Instant submittedAt,
        BigDecimal scorePercent, Boolean passed, Instant retakeAfter) {

    static AttemptSummary of(ExamAttempt a) {
        return new AttemptSummary(a.getId(), a.getExam().getId(), a.getExam().getCode(), a.getExam().getTitle(),
                a.getLearner().getId(), a.getLearner().getDisplayName(), a.getAttemptNo(), a.getStatus().name(),
                a.getStartedAt(), a.getDeadlineAt(), a.getSubmittedAt(), a.getScorePercent(), a.getPassed(),
                a.getRetakeAfter());
    }
}
