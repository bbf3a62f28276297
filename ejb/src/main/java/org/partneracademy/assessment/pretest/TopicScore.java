package org.partneracademy.assessment.pretest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A learner's score on one topic of a pre-assessment attempt: the points earned on that topic's
 * questions out of their points. A topic is mastered when the score reaches the exam's mastery percent.
 */
public record TopicScore(String topic, BigDecimal scorePercent, boolean mastered) {

    /** The score of {@code earned} out of {@code possible} points, judged against {@code masteryPercent}. */
    public static TopicScore of(String topic, BigDecimal earned, BigDecimal possible, int masteryPercent) {
        BigDecimal percent = possible.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : earned.multiply(BigDecimal.valueOf(100)).divide(possible, 2, RoundingMode.HALF_UP);
        return new TopicScore(topic, percent, percent.compareTo(BigDecimal.valueOf(masteryPercent)) >= 0);
    }
}
