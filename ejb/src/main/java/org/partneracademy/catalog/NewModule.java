package org.partneracademy.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A module as an author writes it.
 *
 * @param topic what the module teaches, optional; a pre-assessment that finds this topic mastered marks
 *              the module tested out for the learner (blank means none)
 */
public record NewModule(
        @NotBlank @Size(max = 200) String title,
        @Positive @Max(10_000) int durationMinutes,
        @Size(max = 100) String topic) {
}
