package org.partneracademy.assessment.statistics;

/**
 * The figures of one question over the graded attempts that asked it.
 *
 * @param answered           graded attempts that asked the question
 * @param facility           mean share of the points earned, 0 to 1 (the "% right"); null when never answered
 * @param pointBiserial      Pearson correlation between the item score and the rest-of-test score (the
 *                           attempt's points without this question); null when either does not vary or
 *                           fewer than three attempts asked it
 * @param upperFacility      facility in the upper 27 % of attempts by total score; null when too few attempts
 * @param lowerFacility      facility in the lower 27 %; null when too few attempts
 * @param discriminationIndex upper minus lower facility, -1 to 1; null when too few attempts
 * @param flagged            strong candidates miss it: upper-group facility below 50 %, or a negative
 *                           discrimination (point-biserial or index)
 * @param flagReason         why it is flagged, in words; null when not flagged
 */
public record ItemStatistic(long questionId, int answered, Double facility, Double pointBiserial,
        Double upperFacility, Double lowerFacility, Double discriminationIndex, boolean flagged, String flagReason) {
}
