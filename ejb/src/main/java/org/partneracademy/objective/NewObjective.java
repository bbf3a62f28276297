package org.partneracademy.objective;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partneracademy.partner.Position;

/** An objective as the vendor admin writes it: for one partner (partnerId) or one tier (tierCode), not both. */
public record NewObjective(
        Long partnerId,
        @Size(max = 40) String tierCode,
        @NotNull Long definitionId,
        @NotNull Position position,
        @NotNull @Min(1) @Max(CertificationObjective.MAX_REQUIRED) Integer requiredCount) {
}
