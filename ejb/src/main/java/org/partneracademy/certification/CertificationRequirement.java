package org.partneracademy.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One thing a path asks for; which target column is set depends on the {@link RequirementKind}. */
@Entity
@Table(name = "certification_requirement")
public class CertificationRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "path_id")
    private CertificationPath path;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private RequirementKind kind;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "learning_path_id")
    private Long learningPathId;

    @Column(name = "exam_id")
    private Long examId;

    @Column(name = "min_score_percent")
    private Integer minScorePercent;

    private String metric;

    @Column(name = "min_value", precision = 12, scale = 2)
    private BigDecimal minValue;

    protected CertificationRequirement() {
    }

    CertificationRequirement(CertificationPath path, RequirementInput input) {
        this.path = path;
        redefine(input);
    }

    /** Keeps only the target its kind uses, so a changed kind leaves no stale target behind. */
    void redefine(RequirementInput input) {
        kind = input.kind();
        courseId = kind == RequirementKind.COURSE ? input.courseId() : null;
        learningPathId = kind == RequirementKind.LEARNING_PATH ? input.learningPathId() : null;
        boolean exam = kind == RequirementKind.EXAM || kind == RequirementKind.PRACTICAL;
        examId = exam ? input.examId() : null;
        minScorePercent = exam ? input.minScorePercent() : null;
        metric = kind == RequirementKind.PERFORMANCE ? input.metric() : null;
        minValue = kind == RequirementKind.PERFORMANCE ? input.minValue() : null;
    }

    public Long getId() {
        return id;
    }

    public CertificationPath getPath() {
        return path;
    }

    public RequirementKind getKind() {
        return kind;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Long getLearningPathId() {
        return learningPathId;
    }

    public Long getExamId() {
        return examId;
    }

    public Integer getMinScorePercent() {
        return minScorePercent;
    }

    public String getMetric() {
        return metric;
    }

    public BigDecimal getMinValue() {
        return minValue;
    }
}
