package org.partneracademy.assessment.pretest;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partneracademy.platform.time.AcademyClock;

/**
 * Test-outs from pre-assessments, and what a learner's path shows of them.
 *
 * <p>Rules: only a GRADED attempt at a PRE_ASSESSMENT exam counts. A topic is mastered when the points
 * earned on its questions reach the exam's mastery percent (the pass mark when no mastery percent is
 * set). Every module whose topic equals a mastered topic (trimmed, case-insensitive), in any version of a
 * course that is a step of the exam's path, is tested out for the learner, with the attempt, topic and
 * score as evidence. A module is tested out once: retaking the pre-assessment adds newly mastered topics
 * but neither duplicates nor withdraws earlier test-outs (the database key is learner and module, and the
 * insert ignores existing rows, so two gradings racing record one row). A tested-out module counts as
 * done for the learner's path progress.
 *
 * <p>Callers check access: the grading observer acts on the learner of the graded attempt, the path
 * view passes the signed-in learner's (or an administered person's) id.
 */
@Stateless
@PermitAll
public class PreAssessments {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    AcademyClock clock;

    /**
     * Records the test-outs an attempt earns; nothing for other exam kinds or attempts not graded.
     *
     * @return the modules newly tested out by this call
     */
    public int recordTestOuts(long attemptId) {
        // The grading that fired the event may not be flushed yet; the queries below read its result.
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                SELECT a.learner_id, e.path_id, COALESCE(e.mastery_percent, e.pass_mark_percent)
                FROM exam_attempt a JOIN exam e ON e.id = a.exam_id
                WHERE a.id = :attempt AND a.status = 'GRADED' AND e.kind = 'PRE_ASSESSMENT'""")
                .setParameter("attempt", attemptId).getResultList();
        if (found.isEmpty()) {
            return 0;
        }
        Object[] attempt = found.get(0);
        long learnerId = ((Number) attempt[0]).longValue();
        long pathId = ((Number) attempt[1]).longValue();
        int mastery = ((Number) attempt[2]).intValue();
        int recorded = 0;
        for (var score : topicScores(attemptId, mastery)) {
            if (!score.mastered()) {
                continue;
            }
            recorded += em.createNativeQuery("""
                    INSERT IGNORE INTO module_test_out (learner_id, module_id, attempt_id, topic, score_percent, tested_out_at)
                    SELECT DISTINCT :learner, cm.id, :attempt, :topic, :score, :now
                    FROM learning_path_step s JOIN course step ON step.id = s.course_id
                    JOIN course same ON same.code = step.code
                    JOIN course_module cm ON cm.course_id = same.id
                    WHERE s.path_id = :path AND LOWER(TRIM(cm.topic)) = LOWER(TRIM(:topic))""")
                    .setParameter("learner", learnerId).setParameter("attempt", attemptId)
                    .setParameter("topic", score.topic()).setParameter("score", score.scorePercent())
                    .setParameter("now", clock.instant()).setParameter("path", pathId)
                    .executeUpdate();
        }
        return recorded;
    }

    /** The score per topic of an attempt, topics in alphabetical order. */
    public List<TopicScore> topicScores(long attemptId, int masteryPercent) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT q.topic, COALESCE(SUM(aq.points_awarded), 0), SUM(q.points)
                FROM attempt_question aq JOIN question q ON q.id = aq.question_id
                WHERE aq.attempt_id = :attempt GROUP BY q.topic ORDER BY q.topic""")
                .setParameter("attempt", attemptId).getResultList();
        return rows.stream().map(row -> TopicScore.of((String) row[0], decimal(row[1]), decimal(row[2]), masteryPercent))
                .toList();
    }

    /** The pre-assessment of each of these paths (published ones only), as {@code learnerId} sees it. */
    public Map<Long, PathPreAssessment> forPaths(long learnerId, Collection<Long> pathIds) {
        if (pathIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> exams = em.createNativeQuery("""
                SELECT e.path_id, e.id, e.title, COALESCE(e.mastery_percent, e.pass_mark_percent) FROM exam e
                WHERE e.kind = 'PRE_ASSESSMENT' AND e.status = 'PUBLISHED' AND e.path_id IN (:paths)
                ORDER BY e.path_id, e.id""").setParameter("paths", pathIds).getResultList();
        Map<Long, PathPreAssessment> result = new LinkedHashMap<>();
        for (Object[] exam : exams) {
            long pathId = ((Number) exam[0]).longValue();
            if (result.containsKey(pathId)) {
                continue;
            }
            long examId = ((Number) exam[1]).longValue();
            int mastery = ((Number) exam[3]).intValue();
            var last = lastGradedAttempt(learnerId, examId);
            result.put(pathId, new PathPreAssessment(examId, (String) exam[2], mastery,
                    last.map(row -> ((Number) row[0]).longValue()).orElse(null),
                    last.map(row -> instant(row[1])).orElse(null),
                    last.map(row -> topicScores(((Number) row[0]).longValue(), mastery)).orElse(List.of()),
                    testOuts(learnerId, pathId)));
        }
        return result;
    }

    /** The learner's test-outs in the courses (any version) that are steps of the path, in path order. */
    public List<TestOut> testOuts(long learnerId, long pathId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT t.module_id, cm.title, c.id, c.code, c.title, t.topic, t.score_percent,
                       COALESCE(e.mastery_percent, e.pass_mark_percent), t.attempt_id, t.tested_out_at, cm.position,
                       (SELECT MIN(s.step_no) FROM learning_path_step s JOIN course step ON step.id = s.course_id
                        WHERE s.path_id = :path AND step.code = c.code) AS step_no
                FROM module_test_out t JOIN course_module cm ON cm.id = t.module_id
                JOIN course c ON c.id = cm.course_id
                JOIN exam_attempt a ON a.id = t.attempt_id JOIN exam e ON e.id = a.exam_id
                WHERE t.learner_id = :learner AND c.code IN (
                    SELECT step.code FROM learning_path_step s JOIN course step ON step.id = s.course_id
                    WHERE s.path_id = :path)
                ORDER BY step_no, c.id, cm.position""")
                .setParameter("learner", learnerId).setParameter("path", pathId).getResultList();
        return rows.stream().map(row -> new TestOut(((Number) row[0]).longValue(), (String) row[1],
                ((Number) row[2]).longValue(), (String) row[3], (String) row[4], (String) row[5], decimal(row[6]),
                row[7] == null ? null : ((Number) row[7]).intValue(), ((Number) row[8]).longValue(), instant(row[9])))
                .toList();
    }

    /**
     * The courses the learner has tested out of entirely, as far as path progress is concerned: every
     * module of the course is tested out, or tested out and the rest completed in the learner's
     * enrollment of it. Courses without modules never qualify.
     */
    public Set<Long> coursesDoneByTestOut(long learnerId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                SELECT c.id FROM course c
                WHERE EXISTS (SELECT 1 FROM course_module cm JOIN module_test_out t ON t.module_id = cm.id
                              WHERE cm.course_id = c.id AND t.learner_id = :learner)
                  AND NOT EXISTS (
                      SELECT 1 FROM course_module cm WHERE cm.course_id = c.id
                      AND NOT EXISTS (SELECT 1 FROM module_test_out t WHERE t.module_id = cm.id AND t.learner_id = :learner)
                      AND NOT EXISTS (SELECT 1 FROM enrollment en JOIN enrollment_module_completion mc ON mc.enrollment_id = en.id
                                      WHERE en.learner_id = :learner AND en.course_id = c.id AND mc.module_id = cm.id))""")
                .setParameter("learner", learnerId).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toCollection(HashSet::new));
    }

    /** Module ids of a course the learner tested out of. */
    public Set<Long> testedOutModules(long learnerId, long courseId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                SELECT t.module_id FROM module_test_out t JOIN course_module cm ON cm.id = t.module_id
                WHERE t.learner_id = :learner AND cm.course_id = :course""")
                .setParameter("learner", learnerId).setParameter("course", courseId).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    private Optional<Object[]> lastGradedAttempt(long learnerId, long examId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.id, a.graded_at FROM exam_attempt a
                WHERE a.learner_id = :learner AND a.exam_id = :exam AND a.status = 'GRADED'
                ORDER BY a.graded_at DESC, a.id DESC LIMIT 1""")
                .setParameter("learner", learnerId).setParameter("exam", examId).getResultList();
        return rows.stream().findFirst();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        // Hibernate hands DATETIME columns of native queries back as Timestamp or a java.time type; the
        // database holds UTC (hibernate.jdbc.time_zone).
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
