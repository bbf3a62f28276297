package org.partneracademy.certification;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A requirement of a {@link CertificationPathInput}: the target its kind needs (courseId, learningPathId,
 * examId with an optional minScorePercent, or metric with minValue); {@code id} names an existing one.
 */
public record RequirementInput(Long id, @NotNull RequirementKind kind, Long courseId, Long learningPathId, Long examId,
        @Min(0) @Max(100) Integer minScorePercent, @Size(max = 60) String metric, @DecimalMin("0") BigDecimal minValue) {
}
