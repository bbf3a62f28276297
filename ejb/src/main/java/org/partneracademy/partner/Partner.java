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

/** A company in the vendor's channel. Its tier is one of the configurable {@link PartnerTier}s. */
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
