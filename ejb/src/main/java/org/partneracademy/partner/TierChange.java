package org.partneracademy.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A tier renamed and/or moved to another level; its code stays. */
public record TierChange(@NotBlank @Size(max = 100) String name, @NotNull @Positive Integer level) {
}
