package org.partneracademy.objective;

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
import org.partneracademy.partner.Partner;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.ConflictException;

/**
 * A change of tier the partner's met objectives call for, put to the vendor. Rules: it is decided once
 * (accepted or declined by a vendor admin, or withdrawn when the qualification changes before anyone
 * decided); deciding it again is a conflict. Accepting it is what changes the partner's tier.
 */
@Entity
@Table(name = "tier_proposal")
public class TierProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Column(name = "current_tier", nullable = false)
    private String currentTier;

    @Column(name = "proposed_tier", nullable = false)
    private String proposedTier;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private TierProposalStatus status;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private Person decidedBy;

    @Version
    private long version;

    protected TierProposal() {
    }

    public TierProposal(Partner partner, String currentTier, String proposedTier, String reason, Instant now) {
        this.partner = partner;
        this.currentTier = currentTier;
        this.proposedTier = proposedTier;
        this.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        this.status = TierProposalStatus.PROPOSED;
        this.proposedAt = now;
    }

    public void accept(Person by, Instant now) {
        decide(TierProposalStatus.ACCEPTED, by, now);
    }

    public void decline(Person by, Instant now) {
        decide(TierProposalStatus.DECLINED, by, now);
    }

    /** The qualification changed before a decision: the proposal no longer says what the objectives call for. */
    public void withdraw(Instant now) {
        decide(TierProposalStatus.WITHDRAWN, null, now);
    }

    private void decide(TierProposalStatus outcome, Person by, Instant now) {
        if (status != TierProposalStatus.PROPOSED) {
            throw new ConflictException("Tier proposal " + id + " was already " + status.name().toLowerCase());
        }
        status = outcome;
        decidedBy = by;
        decidedAt = now;
    }

    public boolean isOpen() {
        return status == TierProposalStatus.PROPOSED;
    }

    public Long getId() {
        return id;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getCurrentTier() {
        return currentTier;
    }

    public String getProposedTier() {
        return proposedTier;
    }

    public String getReason() {
        return reason;
    }

    public TierProposalStatus getStatus() {
        return status;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Person getDecidedBy() {
        return decidedBy;
    }
}
