package org.partneracademy.reporting;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.partner.AgreementModel;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.reporting.statement.InvoiceDirection;
import org.partneracademy.reporting.statement.StatementPeriod;

/**
 * One partner's statement for one period under one agreement, as issued to the partner. Its lines are
 * separate, append-only rows ({@link PartnerStatementLine}); this row carries the review state. The
 * transitions are the only way to change it, each refusing a statement that is not in the state it
 * needs, and {@code version} makes two people acting on one statement at once lose cleanly (409).
 *
 * <p>ISSUED → {@link #dispute} → DISPUTED → {@link #reissue} → ISSUED (revision + 1) → {@link #lock} →
 * LOCKED, final; DISPUTED → {@link #returnUnchanged} → ISSUED (same revision) when every dispute was rejected.
 */
@Entity
@Table(name = "partner_statement")
public class PartnerStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "partner_id", nullable = false)
    private long partnerId;

    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AgreementModel model;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private InvoiceDirection direction;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private StatementStatus status;

    @Column(nullable = false)
    private int revision;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "review_due_at", nullable = false)
    private Instant reviewDueAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "confirmed_via")
    private ConfirmedVia confirmedVia;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "statement_number")
    private String statementNumber;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_statement_usage", joinColumns = @JoinColumn(name = "statement_id"))
    private List<StatementUsage> usage = new ArrayList<>();

    @Version
    private long version;

    protected PartnerStatement() {
    }

    public PartnerStatement(long runId, long partnerId, long agreementId, AgreementModel model,
            InvoiceDirection direction, StatementPeriod period, List<StatementUsage> usage, Instant issuedAt,
            Instant reviewDueAt) {
        this.runId = runId;
        this.partnerId = partnerId;
        this.agreementId = agreementId;
        this.model = model;
        this.direction = direction;
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.usage.addAll(usage);
        this.status = StatementStatus.ISSUED;
        this.revision = 1;
        this.issuedAt = issuedAt;
        this.reviewDueAt = reviewDueAt;
    }

    /** The partner admin disputes one or more lines: the statement waits for finance. */
    public void dispute() {
        require(StatementStatus.ISSUED, "disputed");
        status = StatementStatus.DISPUTED;
    }

    /** Finance answered every dispute: the statement goes back to the partner as the next revision. */
    public void reissue(Instant now, Instant reviewDueAt) {
        require(StatementStatus.DISPUTED, "re-issued");
        status = StatementStatus.ISSUED;
        revision++;
        issuedAt = now;
        this.reviewDueAt = reviewDueAt;
    }

    /**
     * Finance rejected every dispute: back to the partner unchanged (same revision, same lines) with a new
     * review due date.
     */
    public void returnUnchanged(Instant reviewDueAt) {
        require(StatementStatus.DISPUTED, "returned for review");
        status = StatementStatus.ISSUED;
        this.reviewDueAt = reviewDueAt;
    }

    /** Confirmed: numbered, hashed and final. */
    public void lock(ConfirmedVia via, String by, String number, String hash, Instant now) {
        require(StatementStatus.ISSUED, "confirmed");
        status = StatementStatus.LOCKED;
        confirmedVia = via;
        confirmedBy = by;
        confirmedAt = now;
        statementNumber = number;
        contentHash = hash;
        lockedAt = now;
    }

    private void require(StatementStatus needed, String action) {
        if (status != needed) {
            throw new RuleViolationException("Statement " + id + " is " + status + " and cannot be " + action
                    + (status == StatementStatus.LOCKED ? ": it is locked; a correction lands in the next period" : ""));
        }
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public long getPartnerId() {
        return partnerId;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public AgreementModel getModel() {
        return model;
    }

    public InvoiceDirection getDirection() {
        return direction;
    }

    public StatementPeriod period() {
        return new StatementPeriod(periodFrom, periodTo);
    }

    public StatementStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getReviewDueAt() {
        return reviewDueAt;
    }

    public ConfirmedVia getConfirmedVia() {
        return confirmedVia;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getStatementNumber() {
        return statementNumber;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }

    public List<StatementUsage> getUsage() {
        return List.copyOf(usage);
    }

    public long getVersion() {
        return version;
    }
}
