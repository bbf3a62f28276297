package org.partneracademy.assessment.statistics;

import java.math.BigDecimal;

/**
 * One graded answer: the points an attempt earned on a question, out of the question's points.
 *
 * @param attemptId the graded attempt
 * @param questionId the question answered (or left unanswered: 0 points)
 * @param awarded points awarded; never more than {@code max}
 * @param max the question's points
 */
public record ItemResponse(long attemptId, long questionId, BigDecimal awarded, BigDecimal max) {

    /** The share of the question's points earned, 0 to 1. */
    double fraction() {
        return max.signum() == 0 ? 0 : awarded.doubleValue() / max.doubleValue();
    }
}
