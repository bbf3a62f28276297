package org.partneracademy.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** What a vendor admin submits to draft a course; the same checks apply to the page and the API. */
public record NewCourse(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "use upper-case letters, digits and dashes") String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull CourseFormat format,
        @NotBlank @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter ISO 639-1 code such as en") String language,
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal listPrice,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 4217 code such as EUR") String currency,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid NewModule> modules) {
}
