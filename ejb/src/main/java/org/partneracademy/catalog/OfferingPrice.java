package org.partneracademy.catalog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A new list price of an offering (PUT /courses/{id}/offerings/{offeringId}). */
public record OfferingPrice(
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal listPrice,
        @NotBlank @CurrencyCode String currency) {
}
