package org.partneracademy.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A partner as the vendor admin writes it: a unique name, a type and a tier (by its code). */
public record PartnerDetails(
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerType type,
        @NotBlank @Size(max = 40) String tier) {
}
