package org.partneracademy.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A location as an admin writes it: name (unique within the partner), city, ISO 3166 country code and
 * the brands it carries. {@code partnerId} is for the vendor admin creating a location; a partner admin's
 * locations are always their own partner's, and it is ignored when a location is changed.
 */
public record LocationDetails(
        @Positive Long partnerId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 120) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as DE") String country,
        @NotNull Set<@NotNull @Positive Long> brandIds) {
}
