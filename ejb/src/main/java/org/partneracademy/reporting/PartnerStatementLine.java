package org.partneracademy.reporting;

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
import org.partneracademy.reporting.statement.StatementLine;

/**
 * One line of an issued statement, written once and never changed. A correction is a new ADJUSTMENT
 * line. The ids after {@code sources} are copies of what the reports filter and group on, taken from the
 * registration, session or delivery the line settles; null where they do not apply (a licence fee).
 */
@Entity
@Immutable
@Table(name = "partner_statement_line")
public class PartnerStatementLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "statement_id", nullable = false)
    private long statementId;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private StatementLine.Kind kind;

    @Column(nullable = false)
    private String description;

    @Column(name = "basis_amount", nullable = false)
    private BigDecimal basisAmount;

    private BigDecimal percent;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private String currency;

    /** KIND:id pairs joined by commas, e.g. {@code REGISTRATION:12,REGISTRATION_EVENT:40}. */
    @Column(nullable = false)
    private String sources;

    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "trainer_id")
    private Long trainerId;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "offering_id")
    private Long offeringId;

    @Column(name = "location_id")
    private Long locationId;

    @Column(name = "learner_id")
    private Long learnerId;

    @Column(name = "adjusts_statement_id")
    private Long adjustsStatementId;

    @Column(name = "dispute_id")
    private Long disputeId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PartnerStatementLine() {
    }

    /** What a line is about, beyond its amount: the ids reports filter on and what it corrects. */
    public record Context(Long registrationId, Long sessionId, Long trainerId, Long courseId, Long offeringId,
            Long locationId, Long learnerId, Long adjustsStatementId, Long disputeId) {

        public static final Context NONE = new Context(null, null, null, null, null, null, null, null, null);
    }

    public PartnerStatementLine(long statementId, int lineNo, StatementLine line, Context context, String createdBy,
            Instant createdAt) {
        this.statementId = statementId;
        this.lineNo = lineNo;
        this.kind = line.kind();
        this.description = line.description().length() <= 500 ? line.description()
                : line.description().substring(0, 497) + "...";
        this.basisAmount = line.basis().amount();
        this.percent = line.percent();
        this.amount = line.amount().amount();
        this.currency = line.amount().currency();
        this.sources = SourceRefs.format(line.sources());
        this.registrationId = context.registrationId();
        this.sessionId = context.sessionId();
        this.trainerId = context.trainerId();
        this.courseId = context.courseId();
        this.offeringId = context.offeringId();
        this.locationId = context.locationId();
        this.learnerId = context.learnerId();
        this.adjustsStatementId = context.adjustsStatementId();
        this.disputeId = context.disputeId();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getStatementId() {
        return statementId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public StatementLine.Kind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getBasisAmount() {
        return basisAmount;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getSources() {
        return sources;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getTrainerId() {
        return trainerId;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Long getOfferingId() {
        return offeringId;
    }

    public Long getLocationId() {
        return locationId;
    }

    public Long getLearnerId() {
        return learnerId;
    }

    public Long getAdjustsStatementId() {
        return adjustsStatementId;
    }

    public Long getDisputeId() {
        return disputeId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
