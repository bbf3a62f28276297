package org.partneracademy.reporting.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * All statements of one period from the vendor's side, summed per agreement model and currency.
 * Accrued: issued or disputed, not yet confirmed; confirmed: locked. Open disputes are counted over the
 * period's statements.
 */
public record VendorOverview(String period, long statements, long openDisputes, List<Total> totals) {

    public record Total(String model, String direction, String currency, long statements, BigDecimal accrued,
            BigDecimal confirmed) {
    }
}
