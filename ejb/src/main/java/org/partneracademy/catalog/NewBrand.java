package org.partneracademy.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A brand / product line the vendor adds: a code that never changes and a name. */
public record NewBrand(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*", message = "use upper-case letters, digits, dashes and underscores") String code,
        @NotBlank @Size(max = 200) String name) {
}
