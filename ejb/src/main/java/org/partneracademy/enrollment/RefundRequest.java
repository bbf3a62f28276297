package org.partneracademy.enrollment;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A refund finance records on a registration: an amount of money in the registration's currency (the
 * currency may be named to make sure, and must then match) and why. Amounts are exact decimals with at
 * most two decimals (the ledger's cents), e.g. "50.00".
 */
public record RefundRequest(
        @NotNull @Positive(message = "must be more than zero")
        @Digits(integer = 10, fraction = 2, message = "must have at most 10 digits and 2 decimals, e.g. 50.00")
        BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
        @NotBlank @Size(max = 500) String reason) {
}
