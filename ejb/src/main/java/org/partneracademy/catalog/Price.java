package org.partneracademy.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * A list price: an exact, non-negative amount with at most two decimals in a currency that ISO 4217
 * knows. The entities check it again so that no caller can store a price the page would have refused.
 */
public record Price(BigDecimal amount, String currency) {

    public Price {
        if (amount == null || amount.signum() < 0) {
            throw new RuleViolationException("A list price must be zero or more, not " + amount);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolationException("A list price has at most two decimals: " + amount);
        }
        if (!isIsoCurrency(currency)) {
            throw new RuleViolationException("Currency " + currency + " is not an ISO 4217 code such as EUR");
        }
        amount = amount.setScale(2);
    }

    public static boolean isIsoCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }
}
