package org.partneracademy.certification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partneracademy.path.PathLookups;
import org.partneracademy.path.ProgressCalculator;

/**
 * What in the data meets a requirement for a learner since a moment: a completed enrollment of the
 * course (any version), every required step of a learning path completed, a passed attempt at the exam
 * with at least the minimum score. Read from the tables, not from the event that prompted the look, so
 * work done before an assignment counts for the original path and nothing is missed when events race.
 * Performance figures are never found here: a vendor admin confirms them.
 */
@Dependent
class Evidence {

    /** What met a requirement, when, and the id that proves it. */
    record Found(Instant at, EventCause cause, String causeRef) {
    }

    private static final Instant EVER = Instant.parse("1970-01-02T00:00:00Z");

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    PathLookups pathLookups;

    /** @param since only work from this moment on counts (null: any time) */
    Optional<Found> find(CertificationRequirement requirement, long learnerId, Instant since) {
        Instant from = since == null ? EVER : since;
        return switch (requirement.getKind()) {
            case COURSE -> first("""
                    SELECT e.id, DATE_FORMAT(e.completed_at, '%Y-%m-%dT%H:%i:%s.%fZ') FROM enrollment e
                    JOIN course taken ON taken.id = e.course_id JOIN course required ON required.code = taken.code
                    WHERE e.learner_id = ?1 AND required.id = ?2 AND e.status = 'COMPLETED' AND e.completed_at >= ?3
                    ORDER BY e.completed_at, e.id LIMIT 1""", EventCause.ENROLLMENT_COMPLETED, "enrollment ",
                    learnerId, requirement.getCourseId(), utc(from));
            case EXAM, PRACTICAL -> first("""
                    SELECT a.id, DATE_FORMAT(a.graded_at, '%Y-%m-%dT%H:%i:%s.%fZ') FROM exam_attempt a
                    WHERE a.learner_id = ?1 AND a.exam_id = ?2 AND a.status = 'GRADED' AND a.passed = TRUE
                    AND a.graded_at >= ?3 AND (?4 IS NULL OR a.score_percent >= ?4)
                    ORDER BY a.graded_at, a.id LIMIT 1""", EventCause.EXAM_PASSED, "attempt ",
                    learnerId, requirement.getExamId(), utc(from), requirement.getMinScorePercent());
            case LEARNING_PATH -> learningPath(requirement.getLearningPathId(), learnerId, from);
            case PERFORMANCE -> Optional.empty();
        };
    }

    /** The first row (id, UTC time text) of {@code sql}, with {@code parameters} bound to ?1, ?2 ... in order. */
    private Optional<Found> first(String sql, EventCause cause, String refPrefix, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Found(instant(rows.get(0)[1]), cause, refPrefix + ((Number) rows.get(0)[0]).longValue()));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private Optional<Found> learningPath(long pathId, long learnerId, Instant from) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT same.id, DATE_FORMAT(MAX(e.completed_at), '%Y-%m-%dT%H:%i:%s.%fZ') FROM enrollment e
                JOIN course taken ON taken.id = e.course_id JOIN course same ON same.code = taken.code
                WHERE e.learner_id = ?1 AND e.status = 'COMPLETED' AND e.completed_at >= ?2 GROUP BY same.id""")
                .setParameter(1, learnerId).setParameter(2, utc(from)).getResultList();
        Set<Long> completed = new HashSet<>();
        Instant last = null;
        for (Object[] row : rows) {
            completed.add(((Number) row[0]).longValue());
            Instant at = instant(row[1]);
            last = last == null || at.isAfter(last) ? at : last;
        }
        var plans = pathLookups.plansWithPrerequisites(List.of(pathId));
        if (!plans.containsKey(pathId) || completed.isEmpty()) {
            return Optional.empty();
        }
        var progress = new ProgressCalculator(plans, pathLookups.courseRules(), completed).progress(pathId);
        return progress.complete() ? Optional.of(new Found(last, EventCause.ENROLLMENT_COMPLETED, "learning path " + pathId))
                : Optional.empty();
    }

    /** Times are read as UTC text: the columns hold UTC wall-clock times, whatever the session's zone. */
    private static Instant instant(Object value) {
        return Instant.parse(String.valueOf(value));
    }
}
