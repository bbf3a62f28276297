package org.partneracademy.assessment.pretest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TopicScoreTest {

    @Test
    void aTopicReachingTheMasteryPercentExactlyIsMastered() {
        var score = TopicScore.of("Networking", new BigDecimal("4"), new BigDecimal("5"), 80);

        assertThat(score.scorePercent()).isEqualByComparingTo("80.00");
        assertThat(score.mastered()).isTrue();
    }

    @Test
    void justBelowTheMasteryPercentIsNotMastered() {
        var score = TopicScore.of("Storage", new BigDecimal("2"), new BigDecimal("3"), 67);

        assertThat(score.scorePercent()).isEqualByComparingTo("66.67");
        assertThat(score.mastered()).isFalse();
    }

    @Test
    void aTopicWithoutPointsScoresZero() {
        var score = TopicScore.of("Empty", BigDecimal.ZERO, BigDecimal.ZERO, 1);

        assertThat(score.scorePercent()).isEqualByComparingTo("0");
        assertThat(score.mastered()).isFalse();
    }
}
