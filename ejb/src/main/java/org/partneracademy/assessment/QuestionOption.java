package org.partneracademy.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One option of a choice, true/false, matching or ordering question. Choice and true/false: {@code correct}
 * marks the right ones; matching: {@code text} is the left side, {@code matchText} the right side that
 * belongs to it; ordering: {@code position} is the correct order.
 */
@Entity
@Table(name = "question_option")
public class QuestionOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private boolean correct;

    @Column(name = "match_text")
    private String matchText;

    protected QuestionOption() {
    }

    QuestionOption(Question question, int position, String text, boolean correct, String matchText) {
        this.question = question;
        this.position = position;
        this.text = text;
        this.correct = correct;
        this.matchText = matchText;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public boolean isCorrect() {
        return correct;
    }

    public String getMatchText() {
        return matchText;
    }
}
