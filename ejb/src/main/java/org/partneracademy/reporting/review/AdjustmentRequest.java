package org.partneracademy.reporting.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Finance's answer to a dispute: an adjustment line of {@code amount} (a decimal string with at most two
 * decimals, negative to reduce what the statement settles, never zero) in the disputed line's currency,
 * and a note the partner reads. A string, not a number, so that 12.505 is refused instead of rounded.
 */
public record AdjustmentRequest(
        @NotNull(message = "give the adjustment as a decimal string, e.g. \"-12.50\"")
        @Pattern(regexp = "-?\\d{1,10}(\\.\\d{1,2})?", message = "must be a decimal with at most two decimals, e.g. -12.50")
        String amount,
        @NotBlank(message = "tell the partner why") @Size(max = 400) String note) {
}
