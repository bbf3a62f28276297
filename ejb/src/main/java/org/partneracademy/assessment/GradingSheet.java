package org.partneracademy.assessment;

import java.math.BigDecimal;
import java.util.List;

/** An attempt waiting for a grader: every question with the learner's answer; the ones to grade marked. */
public record GradingSheet(AttemptSummary attempt, List<Item> items) {

    /** One question; {@code toGrade} for essays and practicals (their points are the grader's). */
    public record Item(int position, String kind, String prompt, int points, String answerText, boolean toGrade,
            BigDecimal pointsAwarded) {
    }
}
