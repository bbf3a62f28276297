package org.partneracademy.trainer.authorisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A direct grant by the vendor admin: the trainer, the course version, and why no panel was needed. */
public record GrantRequest(@NotNull Long trainerId, @NotNull Long courseId, @NotBlank @Size(max = 2000) String reason) {
}
