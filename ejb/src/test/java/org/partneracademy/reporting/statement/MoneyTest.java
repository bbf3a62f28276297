package org.partneracademy.reporting.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.RuleViolationException;

/** The one rounding rule: HALF_EVEN to the currency's minor unit; currencies never mix. */
class MoneyTest {

    @Test
    void halvesRoundToTheEvenMinorUnit() {
        assertThat(Money.rounded(new BigDecimal("0.005"), "EUR").amount()).isEqualByComparingTo("0.00");
        assertThat(Money.rounded(new BigDecimal("0.015"), "EUR").amount()).isEqualByComparingTo("0.02");
        assertThat(Money.rounded(new BigDecimal("0.025"), "EUR").amount()).isEqualByComparingTo("0.02");
        assertThat(Money.rounded(new BigDecimal("0.0051"), "EUR").amount()).isEqualByComparingTo("0.01");
        assertThat(Money.rounded(new BigDecimal("-0.005"), "EUR").amount()).isEqualByComparingTo("0.00");
    }

    @Test
    void theMinorUnitIsTheCurrencys() {
        assertThat(Money.rounded(new BigDecimal("2.5"), "JPY")).isEqualTo(new Money(new BigDecimal("2"), "JPY"));
        assertThat(Money.rounded(new BigDecimal("3.5"), "JPY")).isEqualTo(new Money(new BigDecimal("4"), "JPY"));
        assertThat(Money.rounded(new BigDecimal("1.0005"), "BHD").amount()).isEqualByComparingTo("1.000");
        assertThat(Money.rounded(new BigDecimal("1.0015"), "BHD").amount()).isEqualByComparingTo("1.002");
        assertThat(Money.zero("USD").amount()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void addingAmountsInOneCurrencyIsExact() {
        assertThat(Ledger.eur("0.10").plus(Ledger.eur("0.20"))).isEqualTo(Ledger.eur("0.30"));
        assertThat(Ledger.eur("1.00").minus(Ledger.eur("0.01"))).isEqualTo(Ledger.eur("0.99"));
    }

    @Test
    void mixingCurrenciesInOneSumIsRefused() {
        assertThatThrownBy(() -> Ledger.eur("1.00").plus(new Money(BigDecimal.ONE, "USD")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("USD").hasMessageContaining("EUR");
    }

    @Test
    void anUnknownOrMalformedCurrencyIsRefused() {
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, "EURO")).isInstanceOf(InvalidFieldsException.class)
                .hasMessageContaining("currency");
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, "QQQ")).isInstanceOf(InvalidFieldsException.class)
                .hasMessageContaining("QQQ is not an ISO 4217 currency");
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, "XXX")).isInstanceOf(InvalidFieldsException.class)
                .hasMessageContaining("no minor unit");
    }
}
