package org.partneracademy.catalog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A way to sell a course version with its list price and enrollment policy (POST
 * /courses/{id}/offerings); the policy defaults to no approval and 7 days of free cancellation.
 */
public record NewOffering(
        @NotNull OfferingKind kind,
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal listPrice,
        @NotBlank @CurrencyCode String currency,
        Boolean requiresApproval,
        @Min(0) @Max(CourseOffering.MAX_FREE_CANCELLATION_DAYS) Integer freeCancellationDays) {
}
