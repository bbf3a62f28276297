package org.partneracademy.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.partneracademy.partner.Position;

/** A definition as pages and REST show it, with labels for what its requirements name. */
public record DefinitionView(long id, String code, String name, String description, int level, String levelName,
        Long requiresDefinitionId, String requiresDefinitionName, Set<Position> positions, String validity,
        ExpiryMode expiryMode, String fixedExpiryDay, int windowDays, int graceDays, DefinitionStatus status,
        int revision, Instant updatedAt, List<PathView> paths) {

    public record PathView(long id, PathKind kind, String name, List<RequirementView> requirements) {
    }

    /** @param label what is required, in words (e.g. "Course PRODUCT-100 Product basics completed") */
    public record RequirementView(long id, RequirementKind kind, Long courseId, Long learningPathId, Long examId,
            Integer minScorePercent, String metric, BigDecimal minValue, String label) {
    }
}
