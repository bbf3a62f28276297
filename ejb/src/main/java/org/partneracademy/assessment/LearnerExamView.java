package org.partneracademy.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A published exam as a learner sees it in "My exams": the rules and where the learner stands (attempts
 * used, best score, whether passed, an attempt in progress, when a retake is allowed).
 */
public record LearnerExamView(long id, String code, String title, String courseTitle, Integer timeLimitMinutes,
        int passMarkPercent, Integer maxAttempts, int retakeCooldownHours, String proctoringNote, int attemptsUsed,
        BigDecimal bestScorePercent, boolean passed, Long attemptInProgress, Instant retakeAfter) {
}
