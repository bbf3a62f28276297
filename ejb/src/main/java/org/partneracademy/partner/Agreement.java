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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * How a partner and the vendor settle training money for a period, under one {@link AgreementModel}
 * with that model's terms only ({@link AgreementTerms}). Rules: the terms fit the model, validFrom is
 * set and validTo (open-ended when null) is not before it. That a partner never has two agreements in
 * force on the same day is a rule across agreements, kept by {@link AgreementService} under the
 * partner's lock.
 */
@Entity
@Table(name = "partner_agreement")
public class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AgreementModel model;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    private BigDecimal discountPercent;

    private BigDecimal annualFee;

    private BigDecimal dayRate;

    private BigDecimal revenueSharePercent;

    private String currency;

    @Column(name = "shadow_billing_percent", nullable = false)
    private BigDecimal shadowBillingPercent = AgreementTerms.DEFAULT_SHADOW_BILLING_PERCENT;

    @Column(name = "co_delivery_billing_percent", nullable = false)
    private BigDecimal coDeliveryBillingPercent = AgreementTerms.DEFAULT_CO_DELIVERY_BILLING_PERCENT;

    @Column(name = "designated_trainers")
    private Integer designatedTrainers;

    @Version
    private long version;

    protected Agreement() {
    }

    public Agreement(Partner partner, AgreementTerms terms) {
        this.partner = partner;
        apply(terms);
    }

    /** Replaces model, terms and dates at once, under the same rules as a new agreement. */
    public void revise(AgreementTerms terms) {
        apply(terms);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    private void apply(AgreementTerms terms) {
        if (terms.model() == null || terms.validFrom() == null) {
            throw new RuleViolationException("An agreement needs a model and a validFrom date");
        }
        var problems = terms.problems();
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems.entrySet().stream()
                    .map(problem -> problem.getKey() + " " + problem.getValue()).collect(Collectors.joining("; ")));
        }
        model = terms.model();
        validFrom = terms.validFrom();
        validTo = terms.validTo();
        discountPercent = terms.discountPercent();
        annualFee = terms.annualFee();
        dayRate = terms.dayRate();
        revenueSharePercent = terms.revenueSharePercent();
        currency = terms.currency();
        shadowBillingPercent = terms.shadowBillingPercent() == null ? AgreementTerms.DEFAULT_SHADOW_BILLING_PERCENT
                : terms.shadowBillingPercent();
        coDeliveryBillingPercent = terms.coDeliveryBillingPercent() == null
                ? AgreementTerms.DEFAULT_CO_DELIVERY_BILLING_PERCENT : terms.coDeliveryBillingPercent();
        designatedTrainers = terms.designatedTrainers();
    }

    /**
     * The share of a delivery billed to the partner for its trainer candidate's shadowing or co-delivery
     * on this agreement: the ramp percentage under pay-per-delivery, null (not billed) under other models.
     */
    public BigDecimal rampBillingPercent(boolean coDelivery) {
        if (model != AgreementModel.PAY_PER_DELIVERY) {
            return null;
        }
        return coDelivery ? coDeliveryBillingPercent : shadowBillingPercent;
    }

    public BigDecimal getShadowBillingPercent() {
        return shadowBillingPercent;
    }

    public BigDecimal getCoDeliveryBillingPercent() {
        return coDeliveryBillingPercent;
    }

    public Integer getDesignatedTrainers() {
        return designatedTrainers;
    }

    public Long getId() {
        return id;
    }

    public Partner getPartner() {
        return partner;
    }

    public AgreementModel getModel() {
        return model;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public BigDecimal getAnnualFee() {
        return annualFee;
    }

    public BigDecimal getDayRate() {
        return dayRate;
    }

    public BigDecimal getRevenueSharePercent() {
        return revenueSharePercent;
    }

    public String getCurrency() {
        return currency;
    }
}
