package org.partneracademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.partneracademy.platform.error.RuleViolationException;

/** Offering prices: exact, non-negative, in a real ISO 4217 currency. */
class PriceTest {

    @Test
    void aPriceIsKeptWithTwoDecimals() {
        assertThat(new Price(new BigDecimal("99.5"), "EUR").amount()).isEqualTo(new BigDecimal("99.50"));
        assertThat(new Price(BigDecimal.ZERO, "JPY").amount()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void badPricesAreRefused() {
        // Bad inputs: a negative price, three decimals, no amount.
        assertThatThrownBy(() -> new Price(new BigDecimal("-0.01"), "EUR")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Price(new BigDecimal("1.005"), "EUR")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Price(null, "EUR")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void onlyRealIsoCurrenciesAreAccepted() {
        // Bad inputs: "EURO" (four letters), "eur" (lower case), "XYZ" (not assigned), "", null.
        for (String bad : new String[] {"EURO", "eur", "XYZ", "", null}) {
            assertThat(Price.isIsoCurrency(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> new Price(BigDecimal.ONE, bad)).isInstanceOf(RuleViolationException.class);
        }
        assertThat(Price.isIsoCurrency("GBP")).isTrue();
    }

    @Test
    void offeringRequestsNameTheBadField() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            var violations = factory.getValidator().validate(new NewOffering(OfferingKind.PRIVATE, new BigDecimal("-5"), "EURO", null, null));
            assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                    .containsExactlyInAnyOrder("listPrice", "currency");
            assertThat(factory.getValidator().validate(new NewOffering(null, BigDecimal.ONE, "EUR", null, null)))
                    .extracting(v -> v.getPropertyPath().toString()).containsExactly("kind");
        }
    }
}
