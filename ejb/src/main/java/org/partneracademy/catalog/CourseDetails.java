package org.partneracademy.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.partneracademy.partner.Position;

/**
 * The editable content of a draft (PUT /courses/{id}): everything but its code, version and offerings,
 * which have their own requests. Modules replace the draft's modules position by position.
 */
public record CourseDetails(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull CourseFormat format,
        @NotBlank @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter ISO 639-1 code such as en") String language,
        @NotNull CourseTrack track,
        @Size(max = 20) List<@NotNull Position> audiencePositions,
        @Size(max = 50) List<@NotBlank String> audienceBrands,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid NewModule> modules) {
}
