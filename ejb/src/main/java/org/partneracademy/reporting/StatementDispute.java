package org.partneracademy.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * A partner admin's dispute of one line of a statement's revision (or of the whole statement when
 * {@code lineId} is null), and finance's answer: an adjustment line (ADJUSTED) or a reason (REJECTED).
 */
@Entity
@Table(name = "statement_dispute")
public class StatementDispute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "statement_id", nullable = false)
    private long statementId;

    @Column(name = "line_id")
    private Long lineId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false)
    private String comment;

    @Column(name = "raised_by", nullable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private DisputeStatus status;

    @Column(name = "resolution_note")
    private String resolutionNote;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private long version;

    protected StatementDispute() {
    }

    public StatementDispute(long statementId, Long lineId, int revision, String comment, String raisedBy,
            Instant raisedAt) {
        this.statementId = statementId;
        this.lineId = lineId;
        this.revision = revision;
        this.comment = comment;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.status = DisputeStatus.OPEN;
    }

    public void resolve(DisputeStatus outcome, String note, String by, Instant now) {
        if (status != DisputeStatus.OPEN) {
            throw new RuleViolationException("Dispute " + id + " is already " + status);
        }
        if (outcome == DisputeStatus.OPEN) {
            throw new IllegalArgumentException("a dispute is resolved as ADJUSTED or REJECTED");
        }
        this.status = outcome;
        this.resolutionNote = note;
        this.resolvedBy = by;
        this.resolvedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getStatementId() {
        return statementId;
    }

    public Long getLineId() {
        return lineId;
    }

    public int getRevision() {
        return revision;
    }

    public String getComment() {
        return comment;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public DisputeStatus getStatus() {
        return status;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
