package org.partneracademy.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.partner.Person;

/**
 * One question of one attempt, at the position shown, with the option order shown, the learner's answer
 * and the points awarded (by the server, or by a grader for essays and practicals).
 */
@Entity
@Table(name = "attempt_question")
public class AttemptQuestion {

    /** The primary key: attempt and position. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "attempt_id")
        private Long attemptId;

        @Column(name = "position")
        private Integer position;

        protected Key() {
        }

        Key(Long attemptId, int position) {
            this.attemptId = attemptId;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(attemptId, key.attemptId)
                    && Objects.equals(position, key.position);
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, position);
        }
    }

    @EmbeddedId
    private Key id;

    @MapsId("attemptId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    private ExamAttempt attempt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(name = "option_order")
    private String optionOrder;

    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "points_awarded")
    private BigDecimal pointsAwarded;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "graded_by")
    private Person gradedBy;

    @Column(name = "grader_comment")
    private String graderComment;

    protected AttemptQuestion() {
    }

    AttemptQuestion(ExamAttempt attempt, int position, Question question, List<Long> optionOrder) {
        this.id = new Key(attempt.getId(), position);
        this.attempt = attempt;
        this.question = question;
        this.optionOrder = optionOrder.isEmpty() ? null
                : String.join(",", optionOrder.stream().map(String::valueOf).toList());
    }

    void answer(Answer given, Instant now) {
        this.answer = given.toJson();
        this.answeredAt = now;
    }

    void award(BigDecimal points) {
        this.pointsAwarded = points;
    }

    void grade(BigDecimal points, Person grader, String comment) {
        this.pointsAwarded = points;
        this.gradedBy = grader;
        this.graderComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public int getPosition() {
        return id.position;
    }

    public ExamAttempt getAttempt() {
        return attempt;
    }

    public Question getQuestion() {
        return question;
    }

    /** The option ids in the order shown to the learner. */
    public List<Long> getOptionOrder() {
        return optionOrder == null ? List.of() : Arrays.stream(optionOrder.split(",")).map(Long::valueOf).toList();
    }

    public Answer getAnswer() {
        return Answer.fromJson(answer);
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public BigDecimal getPointsAwarded() {
        return pointsAwarded;
    }

    public String getGraderComment() {
        return graderComment;
    }
}
