package org.partneracademy.trainer.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.testing.Entities;

/**
 * The sign-off's arithmetic and the observed delivery's states, without a container: the weighted total,
 * a criterion below its minimum failing an otherwise good total, where a failure retries from, a rubric
 * edit keeping criterion ids, and a decided panel refusing further change.
 */
class TrainerSignoffTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private static DeliveryCriterion criterion(long id, String name, int weight, int minimum) {
        var c = Entities.instantiate(DeliveryCriterion.class);
        c.describe(0, name, null, weight, minimum);
        return Entities.set(c, "id", id);
    }

    private static TrainerSignoff signoff(int clarity, int labs, RetryFrom retryFrom) {
        var scores = List.of(new FrozenScore(criterion(1, "Clarity", 60, 3), clarity),
                new FrozenScore(criterion(2, "Labs", 40, 2), labs));
        return new TrainerSignoff(null, null, scores, 70, retryFrom, "Comments", null, NOW);
    }

    @Test
    void theTotalIsWeightedAndPassesAtThePassMark() {
        var good = signoff(4, 4, null);
        assertThat(good.getTotalPercent()).isEqualByComparingTo(new BigDecimal("80.00"));
        assertThat(good.isPassed()).isTrue();
        assertThat(good.getRetryFrom()).isNull();
        assertThat(signoff(5, 1, null).getTotalPercent()).isEqualByComparingTo(new BigDecimal("68.00"));
    }

    @Test
    void aCriterionBelowItsMinimumFailsAGoodTotal() {
        // 12 × 2 + 8 × 5 = 64 %, and Clarity (minimum 3) at 2.
        var poor = signoff(2, 5, RetryFrom.CO_DELIVERY);
        assertThat(poor.isPassed()).isFalse();
        assertThat(poor.getRetryFrom()).isEqualTo(RetryFrom.CO_DELIVERY);
        var scores = List.of(new FrozenScore(criterion(1, "Clarity", 10, 3), 2), new FrozenScore(criterion(2, "Labs", 90, 2), 5));
        var highTotal = new TrainerSignoff(null, null, scores, 70, null, "c", null, NOW);
        assertThat(highTotal.getTotalPercent()).isEqualByComparingTo(new BigDecimal("94.00"));
        assertThat(highTotal.isPassed()).isFalse();
        assertThat(highTotal.getRetryFrom()).isEqualTo(RetryFrom.OBSERVED_DELIVERY);
    }

    @Test
    void aScoreFreezesTheCriterionAsItWas() {
        var criterion = criterion(7, "Clarity", 60, 3);
        var score = new FrozenScore(criterion, 4);
        criterion.describe(0, "Clarity of explanations", null, 50, 4);
        assertThat(score.getCriterionName()).isEqualTo("Clarity");
        assertThat(score.getWeight()).isEqualTo(60);
        assertThat(score.getMinimumScore()).isEqualTo(3);
    }

    @Test
    void editingARubricKeepsTheIdsOfTheCriteriaItKeeps() {
        var standard = new DeliveryStandard("ILT-1");
        var kept = criterion(1, "Clarity", 60, 3);
        Entities.set(kept, "standard", standard);
        standard.getCriteria().add(kept);
        standard.getCriteria().add(criterion(2, "Labs", 40, 2));

        standard.apply(new DeliveryStandardInput(List.of(new DeliveryStandardInput.CriterionInput(1L, "Clarity!", null, 50, 4),
                new DeliveryStandardInput.CriterionInput(null, "Pace", null, 50, 2)), 75, null, 24, 3,
                new BigDecimal("4.00"), 3, 10), "admin", NOW);

        assertThat(standard.getCriteria()).extracting(DeliveryCriterion::getName).containsExactly("Clarity!", "Pace");
        assertThat(standard.getCriteria().get(0)).isSameAs(kept);
        assertThat(kept.getWeight()).isEqualTo(50);
    }

    @Test
    void aDecidedPanelRefusesEscalationExtensionAndASecondVerdict() {
        var delivery = Entities.instantiate(ObservedDelivery.class);
        Entities.set(delivery, "status", ObservedDeliveryStatus.AWAITING_PANEL);
        delivery.escalate();
        assertThat(delivery.getStatus()).isEqualTo(ObservedDeliveryStatus.ESCALATED);
        delivery.extendUntil(NOW.plusSeconds(60));
        assertThat(delivery.getStatus()).isEqualTo(ObservedDeliveryStatus.AWAITING_PANEL);
        delivery.decide(false, RetryFrom.CO_DELIVERY, NOW);
        assertThat(delivery.getStatus()).isEqualTo(ObservedDeliveryStatus.FAILED);
        assertThat(delivery.getRetryFrom()).isEqualTo(RetryFrom.CO_DELIVERY);

        assertThatThrownBy(() -> delivery.decide(true, null, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(delivery::escalate).isInstanceOf(ConflictException.class);
    }
}
