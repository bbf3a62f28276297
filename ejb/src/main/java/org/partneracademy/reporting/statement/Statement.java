package org.partneracademy.reporting.statement;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.partneracademy.partner.AgreementModel;

/**
 * One partner's settlement for one period under one agreement: its lines, the usage of a content licence
 * (empty under other models) and who invoices whom. Totals are kept per currency, each the sum of its
 * rounded lines; there is no grand total across currencies.
 */
public record Statement(StatementPeriod period, long agreementId, AgreementModel model, InvoiceDirection direction,
        List<StatementLine> lines, List<UsageLine> usage) {

    public Statement {
        lines = List.copyOf(lines);
        usage = List.copyOf(usage);
    }

    /** The total of each currency's lines, by currency code in alphabetical order. */
    public Map<String, Money> totals() {
        var totals = new TreeMap<String, Money>();
        lines.forEach(line -> totals.merge(line.amount().currency(), line.amount(), Money::plus));
        return Collections.unmodifiableMap(totals);
    }

    /** The total of the lines in {@code currency}, zero when there are none. */
    public Money total(String currency) {
        return totals().getOrDefault(currency, Money.zero(currency));
    }

    public boolean overUsed() {
        return usage.stream().anyMatch(UsageLine::overUsed);
    }
}
