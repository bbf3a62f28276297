package org.partneracademy.path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.partneracademy.partner.Position;

/** A path as the vendor admin defines it (create and full replacement); the same checks for page and API. */
public record PathInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotNull Position position,
        Long brandId,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid GroupInput> groups,
        @Size(max = 50) List<@NotNull Long> prerequisitePathIds) {

    /** A group: REQUIRED (every step) or ELECTIVE ("any {@code pick} of these"). */
    public record GroupInput(
            @NotNull GroupKind kind,
            Integer pick,
            @NotEmpty @Size(max = 50) List<@NotNull Long> courseIds) {
    }

    public List<Long> prerequisites() {
        return prerequisitePathIds == null ? List.of() : prerequisitePathIds;
    }
}
