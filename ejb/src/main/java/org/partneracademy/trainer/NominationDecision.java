package org.partneracademy.trainer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The vendor's decision on a nomination; a decline needs a reason (checked by the service). */
public record NominationDecision(@NotNull Boolean accepted, @Size(max = 2000) String reason) {
}
