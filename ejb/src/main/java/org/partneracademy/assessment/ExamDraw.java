package org.partneracademy.assessment;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A random exam draws {@code questionCount} active questions from a bank, optionally of one topic/difficulty. */
@Entity
@Table(name = "exam_draw")
public class ExamDraw {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "exam_id", nullable = false)
    private Long examId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bank_id")
    private QuestionBank bank;

    private String topic;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Difficulty difficulty;

    @Column(name = "question_count", nullable = false)
    private int questionCount;

    protected ExamDraw() {
    }

    public ExamDraw(long examId, QuestionBank bank, String topic, Difficulty difficulty, int questionCount) {
        this.examId = examId;
        this.bank = bank;
        this.topic = topic == null || topic.isBlank() ? null : topic.strip();
        this.difficulty = difficulty;
        this.questionCount = questionCount;
    }

    public Long getId() {
        return id;
    }

    public QuestionBank getBank() {
        return bank;
    }

    public String getTopic() {
        return topic;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public int getQuestionCount() {
        return questionCount;
    }
}
