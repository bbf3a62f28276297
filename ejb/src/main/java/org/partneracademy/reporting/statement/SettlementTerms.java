package org.partneracademy.reporting.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.partneracademy.partner.AgreementModel;
import org.partneracademy.partner.AgreementTerms;
import org.partneracademy.partner.AgreementView;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * The terms of the agreement a statement settles by, checked again here because a statement must never
 * be computed from a share above 100 % or a negative rate, whatever was stored. The model's own term is
 * required; percentages lie in 0..100; fees and rates are zero or more. {@code currency} is required for
 * content licensing and pay-per-delivery; under revenue share and reseller the registrations carry their
 * own currencies, and a currency given here restricts the statement to it.
 */
public record SettlementTerms(long agreementId, AgreementModel model, LocalDate validFrom, LocalDate validTo,
        BigDecimal discountPercent, BigDecimal annualFee, BigDecimal dayRate, BigDecimal revenueSharePercent,
        String currency, BigDecimal shadowPercent, BigDecimal coDeliveryPercent) {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    public SettlementTerms {
        if (model == null) {
            throw InvalidFieldsException.of("model", "is required on agreement " + agreementId);
        }
        if (validFrom == null) {
            throw InvalidFieldsException.of("validFrom", "is required on agreement " + agreementId);
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw InvalidFieldsException.of("validTo", "must not be before validFrom on agreement " + agreementId);
        }
        switch (model) {
            case RESELLER -> percent("discountPercent", required("discountPercent", discountPercent, model));
            case REVENUE_SHARE -> percent("revenueSharePercent", required("revenueSharePercent", revenueSharePercent, model));
            case CONTENT_LICENSING -> notNegative("annualFee", required("annualFee", annualFee, model));
            case PAY_PER_DELIVERY -> notNegative("dayRate", required("dayRate", dayRate, model));
        }
        if (currency != null || model == AgreementModel.CONTENT_LICENSING || model == AgreementModel.PAY_PER_DELIVERY) {
            if (currency == null) {
                throw InvalidFieldsException.of("currency", "is required for a " + model + " agreement");
            }
            Money.minorUnit(currency);
        }
        shadowPercent = percent("shadowPercent",
                shadowPercent == null ? AgreementTerms.DEFAULT_SHADOW_BILLING_PERCENT : shadowPercent);
        coDeliveryPercent = percent("coDeliveryPercent",
                coDeliveryPercent == null ? AgreementTerms.DEFAULT_CO_DELIVERY_BILLING_PERCENT : coDeliveryPercent);
    }

    /** The terms of an agreement as the partner service reads it. */
    public static SettlementTerms of(AgreementView agreement) {
        return new SettlementTerms(agreement.id(), agreement.model(), agreement.validFrom(), agreement.validTo(),
                agreement.discountPercent(), agreement.annualFee(), agreement.dayRate(),
                agreement.revenueSharePercent(), agreement.currency(), agreement.shadowBillingPercent(),
                agreement.coDeliveryBillingPercent());
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** A statement settles by an agreement only for a period the agreement is in force on at least one day of. */
    void requireInForceDuring(StatementPeriod period) {
        if (period.to().isBefore(validFrom) || (validTo != null && period.from().isAfter(validTo))) {
            throw new RuleViolationException("Agreement " + agreementId + " (" + validFrom + " to "
                    + (validTo == null ? "open" : validTo) + ") is not in force in the period " + period.from()
                    + " to " + period.to());
        }
    }

    /** Refuses an amount in another currency than the one this agreement settles in, when it names one. */
    void requireCurrency(String amountCurrency, String what) {
        if (currency != null && !currency.equals(amountCurrency)) {
            throw InvalidFieldsException.of("currency", what + " is in " + amountCurrency + " but agreement "
                    + agreementId + " settles in " + currency);
        }
    }

    private static BigDecimal required(String field, BigDecimal value, AgreementModel model) {
        if (value == null) {
            throw InvalidFieldsException.of(field, "is required for a " + model + " agreement");
        }
        return value;
    }

    static BigDecimal percent(String field, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw InvalidFieldsException.of(field, "must be between 0 and 100 %, not " + value.toPlainString());
        }
        return value;
    }

    private static void notNegative(String field, BigDecimal value) {
        if (value.signum() < 0) {
            throw InvalidFieldsException.of(field, "must not be negative, not " + value.toPlainString());
        }
    }
}
