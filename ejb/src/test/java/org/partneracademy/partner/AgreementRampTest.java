package org.partneracademy.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partneracademy.testing.Entities.instantiate;

import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The train-the-trainer ramp on an agreement: defaults, billed under pay-per-delivery only, bounds checked. */
class AgreementRampTest {

    private static final LocalDate JAN = LocalDate.of(2030, 1, 1);

    @Test
    void defaultsBillShadowingAtZeroAndCoDeliveryAtHalfUnderPayPerDelivery() {
        var agreement = new Agreement(instantiate(Partner.class), payPerDelivery(null, null, null));
        assertThat(agreement.rampBillingPercent(false)).isEqualByComparingTo("0");
        assertThat(agreement.rampBillingPercent(true)).isEqualByComparingTo("50");
        assertThat(agreement.getDesignatedTrainers()).isNull();
    }

    @Test
    void theAgreementsOwnRampIsUsedAndOtherModelsBillNothing() {
        var payPerDelivery = new Agreement(instantiate(Partner.class),
                payPerDelivery(new BigDecimal("10"), new BigDecimal("75.5"), 4));
        assertThat(payPerDelivery.rampBillingPercent(false)).isEqualByComparingTo("10");
        assertThat(payPerDelivery.rampBillingPercent(true)).isEqualByComparingTo("75.5");
        assertThat(payPerDelivery.getDesignatedTrainers()).isEqualTo(4);

        var reseller = new Agreement(instantiate(Partner.class), new AgreementTerms(AgreementModel.RESELLER, JAN, null,
                BigDecimal.TEN, null, null, null, null, new BigDecimal("10"), new BigDecimal("60"), null));
        assertThat(reseller.rampBillingPercent(true)).isNull();
        assertThat(reseller.rampBillingPercent(false)).isNull();
    }

    @Test
    void percentagesOutOfRangeAndTooManyDecimalsAndDesignatedTrainersBelowOneAreRefused() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            var violations = factory.getValidator().validate(
                    payPerDelivery(new BigDecimal("-1"), new BigDecimal("100.001"), 0));
            assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                    .contains("shadowBillingPercent", "coDeliveryBillingPercent", "designatedTrainers");
            assertThat(factory.getValidator().validate(payPerDelivery(new BigDecimal("101"), BigDecimal.ZERO, 1001)))
                    .extracting(v -> v.getPropertyPath().toString())
                    .containsExactlyInAnyOrder("shadowBillingPercent", "designatedTrainers");
        }
    }

    private static AgreementTerms payPerDelivery(BigDecimal shadow, BigDecimal coDelivery, Integer designated) {
        return new AgreementTerms(AgreementModel.PAY_PER_DELIVERY, JAN, null, null, null, new BigDecimal("950"), null, "EUR",
                shadow, coDelivery, designated);
    }
}
