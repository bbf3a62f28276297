package org.partneracademy.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.partneracademy.platform.security.Role;

/**
 * A person a partner admin adds to their partner. {@code partnerId} is only for the vendor admin, who
 * administers every partner; a partner admin's people always join the admin's own partner.
 */
public record NewPerson(
        @Positive Long partnerId,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "use lower-case letters, digits, dots, dashes and underscores") String username,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull Position position,
        @Size(max = 60) String persona,
        @Positive Long managerId,
        @NotEmpty Set<@NotNull @Positive Long> locationIds,
        @NotEmpty Set<@NotNull Role> roles,
        @NotNull @Size(min = 12, max = 200, message = "must be between 12 and 200 characters") String initialPassword) {
}
