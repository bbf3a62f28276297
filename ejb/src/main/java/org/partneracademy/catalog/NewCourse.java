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
import org.partneracademy.partner.Position;

/**
 * What a vendor admin submits to draft a course; the same checks apply to the page and the API. The
 * list price and currency become the course's PUBLIC offering. Track (default TECHNICAL) and audiences
 * (positions, brand codes; empty = everyone) are optional.
 */
public record NewCourse(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "use upper-case letters, digits and dashes") String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull CourseFormat format,
        @NotBlank @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter ISO 639-1 code such as en") String language,
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal listPrice,
        @NotBlank @CurrencyCode String currency,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid NewModule> modules,
        CourseTrack track,
        @Size(max = 20) List<@NotNull Position> audiencePositions,
        @Size(max = 50) List<@NotBlank String> audienceBrands) {

    /**
     * A technical course for everyone (the fields callers gave before tracks and audiences existed). A
     * factory, not a second constructor: JSON binding of records needs the canonical one to be the only one.
     */
    public static NewCourse forEveryone(String code, String title, String description, CourseFormat format, String language,
            BigDecimal listPrice, String currency, List<NewModule> modules) {
        return new NewCourse(code, title, description, format, language, listPrice, currency, modules, null, null, null);
    }
}
