package org.partneracademy.certification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.partneracademy.partner.Position;

/**
 * A definition as the admin writes it (new or edited). Paths with an id or an existing path's name, and
 * requirements with an id or an existing requirement's target, update those; the others are new;
 * existing ones left out are removed (a path a certificate was issued for cannot be).
 *
 * @param validity       ISO-8601 period (P2Y, P18M), blank for never expiring
 * @param fixedExpiryDay MM-DD, for {@link ExpiryMode#FIXED_DATE} only
 */
public record DefinitionInput(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, '.', '_' and '-'") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @Min(1) @Max(10) int level,
        @Size(max = 60) String levelName,
        Long requiresDefinitionId,
        @NotNull Set<@NotNull Position> positions,
        @Size(max = 20) String validity,
        @NotNull ExpiryMode expiryMode,
        @Pattern(regexp = "\\d\\d-\\d\\d", message = "must be MM-DD") String fixedExpiryDay,
        @Min(0) @Max(3650) int windowDays,
        @Min(0) @Max(3650) int graceDays,
        DefinitionStatus status,
        @NotEmpty List<@NotNull @Valid CertificationPathInput> paths) {
}
