package org.partneracademy.assessment.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.Role;

/**
 * Item statistics of an exam for the vendor admin. Only GRADED attempts count: one awaiting a person's
 * grading has no final points yet. The database counts and averages per question; the correlation and
 * the upper and lower groups are computed in Java over the attempt-question matrix
 * ({@link ItemAnalysis}). A question the exam lists but no graded attempt asked appears with no figures.
 */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class ExamStatisticsService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public ExamStatistics statistics(long examId) {
        @SuppressWarnings("unchecked")
        List<Object[]> exams = em.createNativeQuery("""
                SELECT e.code, e.title, COUNT(a.id), AVG(a.score_percent) FROM exam e
                LEFT JOIN exam_attempt a ON a.exam_id = e.id AND a.status = 'GRADED'
                WHERE e.id = :exam GROUP BY e.id, e.code, e.title""")
                .setParameter("exam", examId).getResultList();
        if (exams.isEmpty()) {
            throw new NotFoundException("Exam", examId);
        }
        Object[] exam = exams.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> aggregates = em.createNativeQuery("""
                SELECT q.id, q.prompt, q.topic, q.kind, q.points, COUNT(aq.attempt_id),
                       COALESCE(SUM(CASE WHEN aq.points_awarded >= q.points THEN 1 ELSE 0 END), 0)
                FROM question q
                JOIN (SELECT question_id, MIN(ord) AS ord FROM (
                          SELECT question_id, position AS ord FROM exam_question WHERE exam_id = :exam
                          UNION ALL
                          SELECT aq2.question_id, 100000 AS ord FROM attempt_question aq2
                          JOIN exam_attempt a2 ON a2.id = aq2.attempt_id WHERE a2.exam_id = :exam) asked
                      GROUP BY question_id) listed
                  ON listed.question_id = q.id
                LEFT JOIN (attempt_question aq JOIN exam_attempt a
                           ON a.id = aq.attempt_id AND a.exam_id = :exam AND a.status = 'GRADED')
                  ON aq.question_id = q.id
                GROUP BY q.id, q.prompt, q.topic, q.kind, q.points
                ORDER BY MIN(listed.ord), q.id""").setParameter("exam", examId).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> matrix = em.createNativeQuery("""
                SELECT aq.attempt_id, aq.question_id, COALESCE(aq.points_awarded, 0), q.points
                FROM attempt_question aq JOIN exam_attempt a ON a.id = aq.attempt_id
                JOIN question q ON q.id = aq.question_id
                WHERE a.exam_id = :exam AND a.status = 'GRADED'
                ORDER BY aq.attempt_id, aq.position""").setParameter("exam", examId).getResultList();
        Map<Long, ItemStatistic> analysis = ItemAnalysis.analyse(matrix.stream()
                        .map(row -> new ItemResponse(number(row[0]), number(row[1]), decimal(row[2]), decimal(row[3])))
                        .toList())
                .stream().collect(Collectors.toMap(ItemStatistic::questionId, Function.identity()));
        List<ExamStatistics.Question> questions = aggregates.stream().map(row -> question(row, analysis)).toList();
        BigDecimal mean = exam[3] == null ? null : decimal(exam[3]).setScale(2, RoundingMode.HALF_UP);
        return new ExamStatistics(examId, (String) exam[0], (String) exam[1], (int) number(exam[2]), mean,
                (int) questions.stream().filter(ExamStatistics.Question::flagged).count(), questions);
    }

    private static ExamStatistics.Question question(Object[] row, Map<Long, ItemStatistic> analysis) {
        long id = number(row[0]);
        int answered = (int) number(row[5]);
        int right = (int) number(row[6]);
        var item = analysis.get(id);
        BigDecimal percentRight = answered == 0 ? null
                : BigDecimal.valueOf(right * 100L).divide(BigDecimal.valueOf(answered), 1, RoundingMode.HALF_UP);
        return new ExamStatistics.Question(id, (String) row[1], (String) row[2], (String) row[3], (int) number(row[4]),
                answered, right, percentRight, item == null ? null : item.facility(),
                item == null ? null : item.pointBiserial(), item == null ? null : item.upperFacility(),
                item == null ? null : item.lowerFacility(), item == null ? null : item.discriminationIndex(),
                item != null && item.flagged(), item == null ? null : item.flagReason());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}
