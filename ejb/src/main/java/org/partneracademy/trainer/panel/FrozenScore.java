package org.partneracademy.trainer.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One criterion's score in a sign-off, with the criterion's name, weight and minimum as they were when it
 * was scored, so a later edit of the rubric never changes a past sign-off.
 */
@Embeddable
public class FrozenScore {

    @Column(name = "criterion_id", nullable = false)
    private long criterionId;

    @Column(name = "criterion_name", nullable = false)
    private String criterionName;

    @Column(nullable = false)
    private int weight;

    @Column(name = "minimum_score", nullable = false)
    private int minimumScore;

    @Column(nullable = false)
    private int score;

    protected FrozenScore() {
    }

    FrozenScore(DeliveryCriterion criterion, int score) {
        this.criterionId = criterion.getId();
        this.criterionName = criterion.getName();
        this.weight = criterion.getWeight();
        this.minimumScore = criterion.getMinimumScore();
        this.score = score;
    }

    public boolean belowMinimum() {
        return score < minimumScore;
    }

    public long getCriterionId() {
        return criterionId;
    }

    public String getCriterionName() {
        return criterionName;
    }

    public int getWeight() {
        return weight;
    }

    public int getMinimumScore() {
        return minimumScore;
    }

    public int getScore() {
        return score;
    }
}
