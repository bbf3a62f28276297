package org.partneracademy.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A question of a fixed exam at its position (1-based). */
@Entity
@Table(name = "exam_question")
public class ExamQuestion {

    /** The primary key: exam and position. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "exam_id")
        private Long examId;

        @Column(name = "position")
        private Integer position;

        protected Key() {
        }

        Key(long examId, int position) {
            this.examId = examId;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(examId, key.examId) && Objects.equals(position, key.position);
        }

        @Override
        public int hashCode() {
            return Objects.hash(examId, position);
        }
    }

    @EmbeddedId
    private Key id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    protected ExamQuestion() {
    }

    public ExamQuestion(long examId, int position, Question question) {
        this.id = new Key(examId, position);
        this.question = question;
    }

    public int getPosition() {
        return id.position;
    }

    public Question getQuestion() {
        return question;
    }

    /** Points the exam at the edited copy of its question. */
    void replaceQuestion(Question copy) {
        this.question = copy;
    }
}
