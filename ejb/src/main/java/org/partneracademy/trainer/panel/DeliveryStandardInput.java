package org.partneracademy.trainer.panel;

import java.math.BigDecimal;
import java.util.List;

/**
 * A delivery standard as the vendor admin writes it. Criteria with an id keep it (edits), without one are
 * new; criteria left out are removed. Checked by {@link DeliveryStandards} (400 naming each field).
 */
public record DeliveryStandardInput(List<CriterionInput> criteria, Integer passPercent, Long trainerExamId,
        Integer validityMonths, Integer renewalDeliveries, BigDecimal renewalMinRating, Integer maxTries,
        Integer panelDays) {

    /** The schema's defaults for the settings left out. */
    public DeliveryStandardInput withDefaults() {
        return new DeliveryStandardInput(criteria == null ? List.of() : criteria, passPercent == null ? 75 : passPercent,
                trainerExamId, validityMonths == null ? 24 : validityMonths,
                renewalDeliveries == null ? 3 : renewalDeliveries,
                renewalMinRating == null ? new BigDecimal("4.00") : renewalMinRating, maxTries == null ? 3 : maxTries,
                panelDays == null ? 10 : panelDays);
    }

    public record CriterionInput(Long id, String name, String description, Integer weight, Integer minimumScore) {
    }
}
