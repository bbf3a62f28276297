package org.partneracademy.reporting.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A partner admin disputes one line of a statement (or the whole statement: no lineId), saying why. */
public record DisputeRequest(@Positive Long lineId,
        @NotBlank(message = "say what is wrong with the line") @Size(max = 2000) String comment) {
}
