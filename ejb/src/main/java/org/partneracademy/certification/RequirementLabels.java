package org.partneracademy.certification;

import jakarta.persistence.EntityManager;
import java.util.List;

/** A requirement in words, naming the course, path or exam by its code and title. */
final class RequirementLabels {

    private final EntityManager em;

    RequirementLabels(EntityManager em) {
        this.em = em;
    }

    String label(CertificationRequirement r) {
        return switch (r.getKind()) {
            case COURSE -> "Course " + name("SELECT CONCAT(code, ' ', title) FROM course WHERE id = ?1", r.getCourseId())
                    + " completed";
            case LEARNING_PATH -> "Learning path " + name("SELECT name FROM learning_path WHERE id = ?1", r.getLearningPathId())
                    + " completed";
            case EXAM -> "Exam " + name("SELECT CONCAT(code, ' ', title) FROM exam WHERE id = ?1", r.getExamId()) + " passed"
                    + (r.getMinScorePercent() == null ? "" : " with at least " + r.getMinScorePercent() + " %");
            case PRACTICAL -> "Practical " + name("SELECT CONCAT(code, ' ', title) FROM exam WHERE id = ?1", r.getExamId())
                    + " passed";
            case PERFORMANCE -> "Performance " + r.getMetric() + " at least " + r.getMinValue() + ", confirmed by the vendor";
        };
    }

    private String name(String sql, Long id) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.isEmpty() ? "#" + id : String.valueOf(rows.get(0));
    }
}
