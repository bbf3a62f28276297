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

/**
 * A certificate issued for one completed cycle. Its dates and the definition revision are fixed at
 * issue: a later change to the definition never rewrites it. A recertification supersedes it; a
 * revocation revokes it.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certification_id")
    private Certification certification;

    @Column(name = "cycle_no", nullable = false)
    private int cycleNo;

    @Column(name = "verification_code", nullable = false)
    private String verificationCode;

    @Column(name = "path_id", nullable = false)
    private long pathId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "window_opens_at")
    private Instant windowOpensAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "grace_ends_at")
    private Instant graceEndsAt;

    @Column(name = "definition_revision", nullable = false)
    private int definitionRevision;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private CertificateStatus status;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revoke_reason")
    private String revokeReason;

    @Version
    private long version;

    protected Certificate() {
    }

    Certificate(Certification certification, String verificationCode, long pathId, CertificationDates.Dates dates,
            Instant issuedAt) {
        this.certification = certification;
        this.cycleNo = certification.getCycleNo();
        this.verificationCode = verificationCode;
        this.pathId = pathId;
        this.completedAt = dates.certifiedAt();
        this.issuedAt = issuedAt;
        this.windowOpensAt = dates.windowOpensAt();
        this.expiresAt = dates.expiresAt();
        this.graceEndsAt = dates.graceEndsAt();
        this.definitionRevision = certification.getDefinition().getRevision();
        this.status = CertificateStatus.VALID;
    }

    void supersede() {
        status = CertificateStatus.SUPERSEDED;
    }

    void expire() {
        if (status == CertificateStatus.VALID) {
            status = CertificateStatus.EXPIRED;
        }
    }

    void revoke(Long by, String reason, Instant now) {
        status = CertificateStatus.REVOKED;
        revokedBy = by;
        revokeReason = reason;
        revokedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Certification getCertification() {
        return certification;
    }

    public int getCycleNo() {
        return cycleNo;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public long getPathId() {
        return pathId;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getIssuedAt() {
        return issuedAt;
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

    public int getDefinitionRevision() {
        return definitionRevision;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokeReason() {
        return revokeReason;
    }
}
