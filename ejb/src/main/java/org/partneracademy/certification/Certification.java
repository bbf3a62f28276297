package org.partneracademy.certification;

import jakarta.persistence.Column;
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
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.ConflictException;

/**
 * One learner's certification for one definition, across every cycle. Its state machine:
 * ASSIGNED → IN_PROGRESS (a requirement met) → CERTIFIED → WINDOW_OPEN → CERTIFIED again (recertified,
 * next cycle) or EXPIRED → CERTIFIED (recertified in grace) or LAPSED (the original path again, next cycle);
 * REVOKED from anywhere, once. The cycle number goes up when a recertification cycle begins (window opens)
 * and when a lapse sends the learner back to the original path. The dates are those of the current certificate.
 */
@Entity
@Table(name = "certification")
public class Certification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "definition_id")
    private CertificationDefinition definition;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id")
    private Person learner;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private CertificationStatus status;

    @Column(name = "cycle_no", nullable = false)
    private int cycleNo;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by")
    private Long assignedBy;

    @Column(name = "certified_at")
    private Instant certifiedAt;

    @Column(name = "window_opens_at")
    private Instant windowOpensAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "grace_ends_at")
    private Instant graceEndsAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    protected Certification() {
    }

    public Certification(CertificationDefinition definition, Person learner, Long assignedBy, Instant now) {
        this.definition = definition;
        this.learner = learner;
        this.assignedBy = assignedBy;
        this.assignedAt = now;
        this.status = CertificationStatus.ASSIGNED;
        this.cycleNo = 1;
    }

    /** The first requirement of the cycle was met. */
    void startProgress() {
        if (status == CertificationStatus.ASSIGNED || status == CertificationStatus.LAPSED) {
            status = CertificationStatus.IN_PROGRESS;
        }
    }

    void certify(CertificationDates.Dates dates) {
        status = CertificationStatus.CERTIFIED;
        certifiedAt = dates.certifiedAt();
        windowOpensAt = dates.windowOpensAt();
        expiresAt = dates.expiresAt();
        graceEndsAt = dates.graceEndsAt();
    }

    void openWindow() {
        status = CertificationStatus.WINDOW_OPEN;
        cycleNo++;
    }

    void expire() {
        status = CertificationStatus.EXPIRED;
    }

    /** Past grace: the original path again, in a new cycle (only work from now on counts). */
    void lapse() {
        status = CertificationStatus.LAPSED;
        cycleNo++;
    }

    void revoke() {
        if (status == CertificationStatus.REVOKED) {
            throw new ConflictException("Certification " + id + " is already revoked");
        }
        status = CertificationStatus.REVOKED;
    }

    /** A revoked certification assigned again starts over on the original path, in a new cycle. */
    void reassign(Long by, Instant now) {
        status = CertificationStatus.ASSIGNED;
        cycleNo++;
        assignedBy = by;
        assignedAt = now;
        certifiedAt = null;
        windowOpensAt = null;
        expiresAt = null;
        graceEndsAt = null;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() {
        return id;
    }

    public CertificationDefinition getDefinition() {
        return definition;
    }

    public Person getLearner() {
        return learner;
    }

    public CertificationStatus getStatus() {
        return status;
    }

    public int getCycleNo() {
        return cycleNo;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Long getAssignedBy() {
        return assignedBy;
    }

    public Instant getCertifiedAt() {
        return certifiedAt;
    }

    public Instant getWindowOpensAt() {
        return windowOpensAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getGraceEndsAt() {
        return graceEndsAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
