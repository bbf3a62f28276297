package org.partneracademy.reporting.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Finance rejects a dispute, with the reason the partner reads. */
public record RejectionRequest(@NotBlank(message = "give the partner the reason") @Size(max = 2000) String reason) {
}
