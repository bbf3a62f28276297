package org.partneracademy.catalog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A new list price of an offering and, optionally, its enrollment policy (PUT
 * /courses/{id}/offerings/{offeringId}): whether requests need approval and until how many days
 * (0..365) before a session a learner cancels free of charge. A policy field left out stays as it is.
 */
public record OfferingPrice(
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal listPrice,
        @NotBlank @CurrencyCode String currency,
        Boolean requiresApproval,
        @Min(0) @Max(CourseOffering.MAX_FREE_CANCELLATION_DAYS) Integer freeCancellationDays) {
}
