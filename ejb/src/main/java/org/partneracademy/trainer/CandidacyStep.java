package org.partneracademy.trainer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One step a candidate did, written once and never changed (append-only): the live training attended
 * (session and enrollment), the trainer exam passed (attempt and score), a shadowed or co-delivered
 * session with its authorised lead trainer. For shadowing and co-delivery {@link #billingPercent} is the
 * share of the delivery billed to the candidate's partner, frozen from the agreement in force on the
 * session's first day (null: not billed); issue 7's invoicing reads these rows.
 */
@Entity
@Immutable
@Table(name = "candidacy_step")
public class CandidacyStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidacy_id", nullable = false)
    private long candidacyId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private StepKind kind;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "enrollment_id")
    private Long enrollmentId;

    @Column(name = "attempt_id")
    private Long attemptId;

    @Column(name = "lead_trainer_id")
    private Long leadTrainerId;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(name = "billing_percent")
    private BigDecimal billingPercent;

    @Column(name = "score_percent")
    private BigDecimal scorePercent;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CandidacyStep() {
    }

    private CandidacyStep(long candidacyId, StepKind kind, String recordedBy, Instant recordedAt) {
        this.candidacyId = candidacyId;
        this.kind = kind;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public static CandidacyStep liveTraining(long candidacyId, long sessionId, long enrollmentId, Instant at) {
        var step = new CandidacyStep(candidacyId, StepKind.LIVE_TRAINING, "system", at);
        step.sessionId = sessionId;
        step.enrollmentId = enrollmentId;
        return step;
    }

    public static CandidacyStep trainerExam(long candidacyId, long attemptId, BigDecimal scorePercent, Instant at) {
        var step = new CandidacyStep(candidacyId, StepKind.TRAINER_EXAM, "system", at);
        step.attemptId = attemptId;
        step.scorePercent = scorePercent;
        return step;
    }

    /** A shadowed or co-delivered session; {@code billingPercent} null when the agreement bills none. */
    public static CandidacyStep delivery(long candidacyId, StepKind kind, long sessionId, long leadTrainerId,
            Long agreementId, BigDecimal billingPercent, String note, String by, Instant at) {
        if (kind != StepKind.SHADOWING && kind != StepKind.CO_DELIVERY) {
            throw new IllegalArgumentException("Not a delivery step: " + kind);
        }
        var step = new CandidacyStep(candidacyId, kind, by, at);
        step.sessionId = sessionId;
        step.leadTrainerId = leadTrainerId;
        step.agreementId = agreementId;
        step.billingPercent = billingPercent;
        step.note = note;
        return step;
    }

    public Long getId() {
        return id;
    }

    public long getCandidacyId() {
        return candidacyId;
    }

    public StepKind getKind() {
        return kind;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getEnrollmentId() {
        return enrollmentId;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public Long getLeadTrainerId() {
        return leadTrainerId;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public BigDecimal getBillingPercent() {
        return billingPercent;
    }

    public BigDecimal getScorePercent() {
        return scorePercent;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
