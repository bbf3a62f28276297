package org.partneracademy.partner;

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
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A company in the vendor's channel. Its tier is one of the configurable {@link PartnerTier}s. Its
 * agreements ({@link Agreement}) say how training money is settled; {@code agreementModel} is an older
 * column kept for the scripts that still write it and is not read (the directory shows the model of the
 * agreement in force today).
 */
@Entity
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "partner_type", nullable = false)
    private PartnerType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tier")
    private PartnerTier tier;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "agreement_model")
    private AgreementModel agreementModel;

    @Version
    private long version;

    protected Partner() {
    }

    public Partner(String name, PartnerType type, PartnerTier tier) {
        this.name = name;
        this.type = type;
        this.tier = tier;
    }

    public void rename(String newName) {
        name = newName;
    }

    /**
     * Changes what assignment rules may match on: type and tier. Returns whether anything changed, so the
     * caller knows to tell the rules ({@link PartnerProfileChanged}).
     */
    public boolean changeProfile(PartnerType newType, PartnerTier newTier) {
        boolean changed = newType != type || !newTier.getCode().equals(tier.getCode());
        type = newType;
        tier = newTier;
        return changed;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PartnerType getType() {
        return type;
    }

    public PartnerTier getTier() {
        return tier;
    }

    public AgreementModel getAgreementModel() {
        return agreementModel;
    }
}
