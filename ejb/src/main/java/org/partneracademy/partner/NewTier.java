package org.partneracademy.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A tier the vendor admin adds: a code that never changes, a label, and its level (1 = entry). */
public record NewTier(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "use letters, digits, dashes and underscores") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull @Positive Integer level) {
}
