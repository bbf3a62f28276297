package org.partneracademy.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partneracademy.testing.Entities.instantiate;

import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partneracademy.platform.error.RuleViolationException;

/** Each agreement model with its own terms and no other, dates in order; the entity keeps the same rules. */
class AgreementTermsTest {

    private static final LocalDate JAN = LocalDate.of(2030, 1, 1);
    private static final LocalDate DEC = LocalDate.of(2030, 12, 31);
    private static final BigDecimal TEN = BigDecimal.TEN;

    @Test
    void eachModelTakesItsOwnTerms() {
        assertThat(terms(AgreementModel.RESELLER, JAN, DEC, TEN, null, null, null, null).problems()).isEmpty();
        assertThat(terms(AgreementModel.CONTENT_LICENSING, JAN, null, null, TEN, null, null, "EUR").problems()).isEmpty();
        assertThat(terms(AgreementModel.PAY_PER_DELIVERY, JAN, JAN, null, null, TEN, null, "USD").problems()).isEmpty();
        assertThat(terms(AgreementModel.REVENUE_SHARE, JAN, null, null, null, null, TEN, null).problems()).isEmpty();
    }

    @Test
    void missingTermsForeignTermsAndDatesOutOfOrderAreNamedByField() {
        assertThat(terms(AgreementModel.RESELLER, JAN, null, null, TEN, null, null, "EUR").problems())
                .containsOnlyKeys("discountPercent", "annualFee", "currency");
        assertThat(terms(AgreementModel.PAY_PER_DELIVERY, JAN, null, null, null, TEN, null, null).problems())
                .containsOnlyKeys("currency");
        assertThat(terms(AgreementModel.REVENUE_SHARE, DEC, JAN, null, null, null, TEN, null).problems())
                .containsOnlyKeys("validTo");
    }

    @Test
    void beanValidationReportsTheSameProblemsOnTheirFields() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            var violations = factory.getValidator().validate(
                    terms(AgreementModel.CONTENT_LICENSING, JAN, null, new BigDecimal("150"), null, null, null, "eur"));
            assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                    .contains("discountPercent", "annualFee", "currency");
        }
    }

    @Test
    void theEntityRefusesTermsThatDoNotFit() {
        var partner = instantiate(Partner.class);
        assertThatThrownBy(() -> new Agreement(partner, terms(AgreementModel.RESELLER, JAN, null, null, null, null, TEN, null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("discountPercent");
        var agreement = new Agreement(partner, terms(AgreementModel.RESELLER, JAN, DEC, TEN, null, null, null, null));
        assertThat(agreement.inForceOn(JAN)).isTrue();
        assertThat(agreement.inForceOn(DEC.plusDays(1))).isFalse();
    }

    private static AgreementTerms terms(AgreementModel model, LocalDate from, LocalDate to, BigDecimal discount,
            BigDecimal fee, BigDecimal rate, BigDecimal share, String currency) {
        return new AgreementTerms(model, from, to, discount, fee, rate, share, currency, null, null, null);
    }
}
