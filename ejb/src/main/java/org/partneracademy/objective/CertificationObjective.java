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
import org.partneracademy.partner.PartnerTier;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * "At least N people in this position hold this certification." It applies to one partner or to every
 * partner of one tier, never both; N is 1 to 10,000. A person counts while their certification is
 * CERTIFIED or WINDOW_OPEN and not past its expiry; only active people of the partner count.
 */
@Entity
@Table(name = "certification_objective")
public class CertificationObjective {

    static final int MAX_REQUIRED = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tier_code")
    private PartnerTier tier;

    @Column(name = "definition_id", nullable = false)
    private long definitionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Position position;

    @Column(name = "required_count", nullable = false)
    private int requiredCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CertificationObjective() {
    }

    private CertificationObjective(Partner partner, PartnerTier tier, long definitionId, Position position,
            int requiredCount, Instant now) {
        if (position == Position.VENDOR_STAFF) {
            throw new RuleViolationException("Objectives count a partner's people: VENDOR_STAFF is not a partner position");
        }
        this.partner = partner;
        this.tier = tier;
        this.definitionId = definitionId;
        this.position = position;
        this.createdAt = now;
        require(requiredCount);
    }

    public static CertificationObjective forPartner(Partner partner, long definitionId, Position position, int requiredCount,
            Instant now) {
        return new CertificationObjective(partner, null, definitionId, position, requiredCount, now);
    }

    public static CertificationObjective forTier(PartnerTier tier, long definitionId, Position position, int requiredCount,
            Instant now) {
        return new CertificationObjective(null, tier, definitionId, position, requiredCount, now);
    }

    /** Changes N; certified people are counted live, so the status follows at once. */
    public void require(int count) {
        if (count < 1 || count > MAX_REQUIRED) {
            throw new RuleViolationException("An objective requires from 1 to " + MAX_REQUIRED + " certified people");
        }
        this.requiredCount = count;
    }

    public Long getId() {
        return id;
    }

    public Partner getPartner() {
        return partner;
    }

    public PartnerTier getTier() {
        return tier;
    }

    public long getDefinitionId() {
        return definitionId;
    }

    public Position getPosition() {
        return position;
    }

    public int getRequiredCount() {
        return requiredCount;
    }
}
