package org.partneracademy.partner;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An agreement as pages, the API and the enrollment and invoicing services read it. */
public record AgreementView(long id, long partnerId, AgreementModel model, LocalDate validFrom, LocalDate validTo,
        BigDecimal discountPercent, BigDecimal annualFee, BigDecimal dayRate, BigDecimal revenueSharePercent,
        String currency, BigDecimal shadowBillingPercent, BigDecimal coDeliveryBillingPercent, Integer designatedTrainers) {

    static AgreementView of(Agreement agreement) {
        return new AgreementView(agreement.getId(), agreement.getPartner().getId(), agreement.getModel(),
                agreement.getValidFrom(), agreement.getValidTo(), agreement.getDiscountPercent(),
                agreement.getAnnualFee(), agreement.getDayRate(), agreement.getRevenueSharePercent(),
                agreement.getCurrency(), agreement.getShadowBillingPercent(), agreement.getCoDeliveryBillingPercent(),
                agreement.getDesignatedTrainers());
    }
}
