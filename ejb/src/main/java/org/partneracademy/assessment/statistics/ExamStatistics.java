package org.partneracademy.assessment.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The item statistics of one exam over its graded attempts.
 *
 * @param gradedAttempts   attempts with a final result (in progress and awaiting grading are left out)
 * @param meanScorePercent the mean score of those attempts; null when there are none
 * @param flaggedCount     how many questions are flagged
 */
public record ExamStatistics(long examId, String code, String title, int gradedAttempts, BigDecimal meanScorePercent,
        int flaggedCount, List<Question> questions) {

    /**
     * One question's figures.
     *
     * @param answered            graded attempts that asked it
     * @param answeredRight       of those, the attempts that earned all its points
     * @param percentRight        answeredRight / answered, in percent; null when never answered
     * @param facility            mean share of its points earned, 0 to 1
     * @param pointBiserial       correlation of the item score with the rest-of-test score, -1 to 1
     * @param upperFacility       facility among the top 27 % of attempts
     * @param lowerFacility       facility among the bottom 27 %
     * @param discriminationIndex upper minus lower facility
     * @param flagReason          why strong candidates missing it is suspicious; null when not flagged
     */
    public record Question(long questionId, String prompt, String topic, String kind, int points, int answered,
            int answeredRight, BigDecimal percentRight, Double facility, Double pointBiserial, Double upperFacility,
            Double lowerFacility, Double discriminationIndex, boolean flagged, String flagReason) {
    }
}
