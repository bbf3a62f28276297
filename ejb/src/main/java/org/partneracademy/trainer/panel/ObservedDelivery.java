package org.partneracademy.trainer.panel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.trainer.TrainerCandidacy;

/**
 * A teach-back: the candidate delivers the course (or the part named in {@link #scope}) before a panel of
 * training leaders, who sign off until {@link #dueAt}; then the head of training decides or extends. Once
 * decided, the verdict never changes (a new try is a new observed delivery).
 */
@Entity
@Table(name = "observed_delivery")
public class ObservedDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidacy_id")
    private TrainerCandidacy candidacy;

    @Column(name = "try_no", nullable = false)
    private int tryNo;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;

    @Column(nullable = false)
    private String scope;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private ObservedDeliveryStatus status;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "retry_from")
    private RetryFrom retryFrom;

    @Column(name = "scheduled_by", nullable = false)
    private String scheduledBy;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "panel_member", joinColumns = @JoinColumn(name = "observed_delivery_id"),
            inverseJoinColumns = @JoinColumn(name = "leader_id"))
    private Set<Person> panel = new LinkedHashSet<>();

    @Version
    private long version;

    protected ObservedDelivery() {
    }

    ObservedDelivery(TrainerCandidacy candidacy, int tryNo, Long sessionId, LocalDate deliveredOn, String scope,
            Set<Person> panel, Instant dueAt, String scheduledBy, Instant now) {
        this.candidacy = candidacy;
        this.tryNo = tryNo;
        this.sessionId = sessionId;
        this.deliveredOn = deliveredOn;
        this.scope = scope;
        this.panel.addAll(panel);
        this.dueAt = dueAt;
        this.status = ObservedDeliveryStatus.AWAITING_PANEL;
        this.scheduledBy = scheduledBy;
        this.scheduledAt = now;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void escalate() {
        requireOpen();
        status = ObservedDeliveryStatus.ESCALATED;
    }

    void extendUntil(Instant newDueAt) {
        requireOpen();
        status = ObservedDeliveryStatus.AWAITING_PANEL;
        dueAt = newDueAt;
    }

    void decide(boolean passed, RetryFrom retryFrom, Instant now) {
        requireOpen();
        this.status = passed ? ObservedDeliveryStatus.PASSED : ObservedDeliveryStatus.FAILED;
        this.retryFrom = passed ? null : retryFrom;
        this.decidedAt = now;
    }

    void requireOpen() {
        if (!status.isOpen()) {
            throw new ConflictException("The panel of observed delivery " + id + " has decided already (" + status + ")");
        }
    }

    public boolean hasMember(long personId) {
        return panel.stream().anyMatch(p -> p.getId() == personId);
    }

    public Long getId() {
        return id;
    }

    public TrainerCandidacy getCandidacy() {
        return candidacy;
    }

    public int getTryNo() {
        return tryNo;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public String getScope() {
        return scope;
    }

    public ObservedDeliveryStatus getStatus() {
        return status;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public RetryFrom getRetryFrom() {
        return retryFrom;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Set<Person> getPanel() {
        return panel;
    }
}
