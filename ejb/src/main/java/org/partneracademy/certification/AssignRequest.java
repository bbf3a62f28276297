package org.partneracademy.certification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Assign a definition to people ({@code learnerIds}); without learner ids, to the caller. */
public record AssignRequest(@NotNull Long definitionId, @Size(max = 500) List<@NotNull Long> learnerIds) {
}
