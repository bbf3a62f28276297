package org.partneracademy.catalog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A way to sell a course version with its list price (POST /courses/{id}/offerings). */
public record NewOffering(
        @NotNull OfferingKind kind,
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal listPrice,
        @NotBlank @CurrencyCode String currency) {
}
