package org.partneracademy.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A random draw as its author writes it; topic and difficulty are optional filters. */
public record DrawInput(long bankId, @Size(max = 100) String topic, Difficulty difficulty,
        @Min(1) @Max(500) int questionCount) {
}
