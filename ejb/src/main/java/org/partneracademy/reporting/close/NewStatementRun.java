package org.partneracademy.reporting.close;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A close asked for by a person: the period by its first month, {@code 2026-10}. */
public record NewStatementRun(
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a month as yyyy-MM, e.g. 2026-10") String period) {
}
