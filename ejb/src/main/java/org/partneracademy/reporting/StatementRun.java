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
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.reporting.statement.StatementPeriod;

/**
 * One close of one period, started by the period-end timer or a vendor admin; its process instance
 * issues the statements. A period may be closed again: the later run issues statements only to the
 * partners that have none for it yet.
 */
@Entity
@Table(name = "statement_run")
public class StatementRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private RunStatus status;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "statements_issued", nullable = false)
    private int statementsIssued;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    /** Partners with an agreement in force in the period, counted when the run started. */
    @Column(name = "partners_due", nullable = false)
    private int partnersDue;

    @Column(name = "partners_done", nullable = false)
    private int partnersDone;

    /** The cursor: partners are closed in id order, a chunk per transaction; this is the last one done. */
    @Column(name = "last_partner_id")
    private Long lastPartnerId;

    @Column(name = "failure")
    private String failure;

    @Version
    private long version;

    protected StatementRun() {
    }

    public StatementRun(StatementPeriod period, String startedBy, Instant now) {
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.status = RunStatus.ISSUING;
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void issued(int count) {
        this.statementsIssued += count;
    }

    public void expect(int partners) {
        this.partnersDue = partners;
    }

    /** One partner closed (issued to, or found to hold its statements already); the cursor moves past it. */
    public void partnerDone(long partnerId, int statements) {
        if (lastPartnerId != null && partnerId <= lastPartnerId) {
            throw new IllegalStateException("run " + id + " already closed partner " + partnerId);
        }
        this.lastPartnerId = partnerId;
        this.partnersDone++;
        this.statementsIssued += statements;
    }

    public void finish(Instant now) {
        this.status = RunStatus.ISSUED;
        this.finishedAt = now;
    }

    /** A chunk that failed ran again (after the data was put right) and went through: the run carries on. */
    public void resume() {
        if (status == RunStatus.FAILED) {
            status = RunStatus.ISSUING;
            failure = null;
            finishedAt = null;
        }
    }

    public void fail(String why, Instant now) {
        this.status = RunStatus.FAILED;
        this.failure = why == null ? null : why.length() <= 2000 ? why : why.substring(0, 1997) + "...";
        this.finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public StatementPeriod period() {
        return new StatementPeriod(periodFrom, periodTo);
    }

    public RunStatus getStatus() {
        return status;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getStatementsIssued() {
        return statementsIssued;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public int getPartnersDue() {
        return partnersDue;
    }

    public int getPartnersDone() {
        return partnersDone;
    }

    public Long getLastPartnerId() {
        return lastPartnerId;
    }

    public String getFailure() {
        return failure;
    }
}
