package org.partneracademy.reporting.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * An exact amount in one ISO 4217 currency. The one rounding rule of statements: each line's amount is
 * rounded HALF_EVEN (banker's rounding, so halves do not drift upwards over thousands of lines) to the
 * currency's minor unit (2 decimals for EUR, 0 for JPY, 3 for BHD); totals are sums of rounded lines and
 * are never rounded again. Amounts in different currencies are never added.
 */
public record Money(BigDecimal amount, String currency) {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    public Money {
        if (amount == null) {
            throw InvalidFieldsException.of("amount", "is required");
        }
        minorUnit(currency);
    }

    /** The exact amount rounded to the currency's minor unit by the statement rule. */
    public static Money rounded(BigDecimal exact, String currency) {
        return new Money(exact.setScale(minorUnit(currency), ROUNDING), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO.setScale(minorUnit(currency)), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new RuleViolationException("Cannot add " + other.currency + " to " + currency
                    + ": amounts in different currencies are kept apart");
        }
    }

    /** The number of decimals of the currency's minor unit; refuses codes ISO 4217 does not know. */
    static int minorUnit(String currency) {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw InvalidFieldsException.of("currency", "must be an ISO 4217 code such as EUR, not " + currency);
        }
        int digits;
        try {
            digits = Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException unknown) {
            throw InvalidFieldsException.of("currency", currency + " is not an ISO 4217 currency");
        }
        if (digits < 0) {
            throw InvalidFieldsException.of("currency", currency + " has no minor unit to settle in");
        }
        return digits;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
