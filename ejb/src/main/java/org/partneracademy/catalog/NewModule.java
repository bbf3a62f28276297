package org.partneracademy.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

public record NewModule(
        @NotBlank @Size(max = 200) String title,
        @Positive @Max(10_000) int durationMinutes) {
}
