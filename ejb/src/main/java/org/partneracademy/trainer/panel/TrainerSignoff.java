package org.partneracademy.trainer.panel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.partner.Person;

/**
 * A panel member's sign-off of an observed delivery: who, when, the score of every criterion, the
 * weighted total and the comments. Written once and never changed (immutable; the database keeps one
 * original per member and delivery). A correction is a new sign-off pointing at the one it corrects; the
 * latest of a chain counts. It passes when the weighted total reaches the standard's pass mark and no
 * criterion falls below its minimum.
 */
@Entity
@Immutable
@Table(name = "trainer_signoff")
public class TrainerSignoff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "observed_delivery_id")
    private ObservedDelivery delivery;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "leader_id")
    private Person leader;

    @Column(name = "total_percent", nullable = false)
    private BigDecimal totalPercent;

    @Column(nullable = false)
    private boolean passed;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "retry_from")
    private RetryFrom retryFrom;

    @Column(nullable = false)
    private String comments;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "corrects_id")
    private Long correctsId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "signoff_score", joinColumns = @JoinColumn(name = "signoff_id"))
    private List<FrozenScore> scores = new ArrayList<>();

    protected TrainerSignoff() {
    }

    TrainerSignoff(ObservedDelivery delivery, Person leader, List<FrozenScore> scores, int passPercent,
            RetryFrom retryFrom, String comments, Long correctsId, Instant now) {
        this.delivery = delivery;
        this.leader = leader;
        this.scores.addAll(scores);
        this.totalPercent = weightedTotal(scores);
        this.passed = totalPercent.compareTo(BigDecimal.valueOf(passPercent)) >= 0
                && scores.stream().noneMatch(FrozenScore::belowMinimum);
        this.retryFrom = passed ? null : (retryFrom == null ? RetryFrom.OBSERVED_DELIVERY : retryFrom);
        this.comments = comments;
        this.correctsId = correctsId;
        this.signedAt = now;
    }

    /** Σ weight × score over Σ weight × 5, in percent, two decimals. */
    static BigDecimal weightedTotal(List<FrozenScore> scores) {
        long points = scores.stream().mapToLong(s -> (long) s.getWeight() * s.getScore()).sum();
        long max = scores.stream().mapToLong(s -> s.getWeight() * 5L).sum();
        return max == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(points * 100).divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public ObservedDelivery getDelivery() {
        return delivery;
    }

    public Person getLeader() {
        return leader;
    }

    public BigDecimal getTotalPercent() {
        return totalPercent;
    }

    public boolean isPassed() {
        return passed;
    }

    public RetryFrom getRetryFrom() {
        return retryFrom;
    }

    public String getComments() {
        return comments;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Long getCorrectsId() {
        return correctsId;
    }

    public List<FrozenScore> getScores() {
        return scores;
    }
}
