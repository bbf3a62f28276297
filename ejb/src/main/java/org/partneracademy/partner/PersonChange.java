package org.partneracademy.partner;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.partneracademy.platform.security.Role;

/**
 * A person's job as their admin changes it: position, persona, manager, locations and roles replace
 * the old ones. {@code administeredLocationIds} (partner admins only) is left unchanged when null; an
 * empty set makes the admin an admin of the whole partner. A location admin's {@code locationIds} are
 * the person's locations among the admin's own; the person's other locations are kept.
 */
public record PersonChange(
        @NotNull Position position,
        @Size(max = 60) String persona,
        @Positive Long managerId,
        @NotEmpty Set<@NotNull @Positive Long> locationIds,
        @NotEmpty Set<@NotNull Role> roles,
        Set<@NotNull @Positive Long> administeredLocationIds) {
}
