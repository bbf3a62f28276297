package org.partneracademy.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A brand renamed; its code stays. */
public record BrandChange(@NotBlank @Size(max = 200) String name) {
}
