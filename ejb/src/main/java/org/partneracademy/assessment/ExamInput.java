package org.partneracademy.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An exam's settings as its author writes them. No time limit means no deadline; no attempt limit means
 * unlimited attempts; a cooldown of 0 hours allows a retake at once. A pre-assessment (kind PRE_ASSESSMENT)
 * names the learning path it opens ({@code pathId}, required) and may set the score per topic at which a
 * topic counts as mastered ({@code masteryPercent}, 1-100; the pass mark when empty); other kinds have
 * neither.
 */
public record ExamInput(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "letters, digits, - and _ only") String code,
        @NotBlank @Size(max = 200) String title,
        @NotNull ExamKind kind,
        Long courseId,
        Long pathId,
        @NotNull ExamSelection selection,
        @Min(1) @Max(1440) Integer timeLimitMinutes,
        @Min(0) @Max(100) int passMarkPercent,
        @Min(1) @Max(100) Integer masteryPercent,
        @Min(1) Integer maxAttempts,
        @Min(0) @Max(8760) int retakeCooldownHours,
        boolean shuffleOptions,
        @Size(max = 2000) String proctoringNote) {
}
