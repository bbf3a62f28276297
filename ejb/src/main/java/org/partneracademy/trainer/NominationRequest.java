package org.partneracademy.trainer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A nomination: the trainer ({@code candidateId}) and the course version to be authorised for. */
public record NominationRequest(@NotNull Long candidateId, @NotNull Long courseId, @Size(max = 2000) String note) {
}
