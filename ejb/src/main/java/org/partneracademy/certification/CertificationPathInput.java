package org.partneracademy.certification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A path of a {@link DefinitionInput}; {@code id} names an existing path to keep and change. */
public record CertificationPathInput(Long id, @NotNull PathKind kind, @NotBlank @Size(max = 200) String name,
        @NotEmpty List<@NotNull @Valid RequirementInput> requirements) {
}
