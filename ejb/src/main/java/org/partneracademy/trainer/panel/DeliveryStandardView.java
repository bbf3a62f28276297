package org.partneracademy.trainer.panel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A course family's delivery standard for the UI and REST. */
public record DeliveryStandardView(long id, String courseCode, List<CriterionView> criteria, int passPercent,
        Long trainerExamId, String trainerExamTitle, int validityMonths, int renewalDeliveries,
        BigDecimal renewalMinRating, int maxTries, int panelDays, Instant updatedAt, String updatedBy) {

    public record CriterionView(long id, String name, String description, int weight, int minimumScore) {
    }
}
