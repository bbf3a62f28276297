package org.partneracademy.assessment.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Classical item analysis over the attempt-question matrix of one exam.
 *
 * <p>Rules: an attempt's total is the sum of its awarded points; a question's item score is the share of
 * its points earned. Facility is the mean item score. The point-biserial discrimination is the Pearson
 * correlation of the item score with the rest-of-test score (total minus this item, so the item does not
 * correlate with itself); it needs at least three attempts and variation in both. The upper and lower
 * groups are the top and bottom 27 % of attempts by total (at least one attempt each, rounded to the
 * nearest whole attempt, ties broken by attempt id so the figures are reproducible); they need at least
 * four attempts so that the groups do not overlap. A question is flagged when strong candidates miss it:
 * the upper group's facility is below 50 %, or the discrimination is negative.
 */
public final class ItemAnalysis {

    /** The share of attempts in each of the upper and lower groups (Kelley's 27 %). */
    static final double GROUP_SHARE = 0.27;
    static final int MIN_ATTEMPTS_FOR_CORRELATION = 3;
    static final int MIN_ATTEMPTS_FOR_GROUPS = 4;
    static final double STRONG_MISS_BELOW = 0.5;

    private ItemAnalysis() {
    }

    /** The statistics per question, in the order the questions first appear in {@code responses}. */
    public static List<ItemStatistic> analyse(List<ItemResponse> responses) {
        Map<Long, Double> totals = new HashMap<>();
        Map<Long, Map<Long, ItemResponse>> byQuestion = new LinkedHashMap<>();
        for (var response : responses) {
            totals.merge(response.attemptId(), response.awarded().doubleValue(), Double::sum);
            byQuestion.computeIfAbsent(response.questionId(), k -> new LinkedHashMap<>())
                    .put(response.attemptId(), response);
        }
        List<Long> ranked = new ArrayList<>(totals.keySet());
        ranked.sort(Comparator.comparing((Long id) -> totals.get(id)).reversed().thenComparing(id -> id));
        List<ItemStatistic> result = new ArrayList<>();
        byQuestion.forEach((questionId, answers) -> result.add(item(questionId, answers, totals, ranked)));
        return result;
    }

    private static ItemStatistic item(long questionId, Map<Long, ItemResponse> answers, Map<Long, Double> totals,
            List<Long> ranked) {
        int n = answers.size();
        if (n == 0) {
            return new ItemStatistic(questionId, 0, null, null, null, null, null, false, null);
        }
        double[] item = new double[n];
        double[] rest = new double[n];
        int i = 0;
        for (var answer : answers.values()) {
            item[i] = answer.fraction();
            rest[i] = totals.get(answer.attemptId()) - answer.awarded().doubleValue();
            i++;
        }
        double facility = mean(item);
        Double pointBiserial = n >= MIN_ATTEMPTS_FOR_CORRELATION && varies(item) && varies(rest)
                ? new PearsonsCorrelation().correlation(item, rest) : null;
        List<Long> askedRanked = ranked.stream().filter(answers::containsKey).toList();
        Double upper = null;
        Double lower = null;
        if (n >= MIN_ATTEMPTS_FOR_GROUPS) {
            int groupSize = Math.max(1, (int) Math.round(n * GROUP_SHARE));
            upper = groupFacility(askedRanked.subList(0, groupSize), answers);
            lower = groupFacility(askedRanked.subList(n - groupSize, n), answers);
        }
        Double index = upper == null ? null : upper - lower;
        String reason = flagReason(upper, pointBiserial, index);
        return new ItemStatistic(questionId, n, facility, pointBiserial, upper, lower, index, reason != null, reason);
    }

    private static String flagReason(Double upper, Double pointBiserial, Double index) {
        List<String> reasons = new ArrayList<>();
        if (upper != null && upper < STRONG_MISS_BELOW) {
            reasons.add(String.format(java.util.Locale.ROOT, "only %.0f %% of the strongest candidates get it right",
                    upper * 100));
        }
        if ((pointBiserial != null && pointBiserial < 0) || (index != null && index < 0)) {
            reasons.add("weaker candidates do better on it than stronger ones (negative discrimination)");
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    /** The mean fraction right in a group; groups hold at least one attempt (groupSize ≥ 1). */
    private static double groupFacility(List<Long> attempts, Map<Long, ItemResponse> answers) {
        return attempts.stream().mapToDouble(id -> answers.get(id).fraction()).sum() / attempts.size();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static boolean varies(double[] values) {
        for (double value : values) {
            if (value != values[0]) {
                return true;
            }
        }
        return false;
    }
}
