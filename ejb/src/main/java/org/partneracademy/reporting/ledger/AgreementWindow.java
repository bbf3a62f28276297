package org.partneracademy.reporting.ledger;

import java.time.LocalDate;
import org.partneracademy.reporting.statement.LicenceLimits;
import org.partneracademy.reporting.statement.SettlementTerms;
import org.partneracademy.reporting.statement.StatementPeriod;

/**
 * One agreement of a partner as a close reads it: its terms, its licence limits, and the days of the
 * period it is in force on ({@code window}), which are the only days whose seats and deliveries it settles.
 */
public record AgreementWindow(long partnerId, SettlementTerms terms, LicenceLimits limits, StatementPeriod period,
        StatementPeriod window) {

    public static AgreementWindow of(long partnerId, SettlementTerms terms, LicenceLimits limits, StatementPeriod period) {
        LocalDate from = period.from().isBefore(terms.validFrom()) ? terms.validFrom() : period.from();
        LocalDate to = terms.validTo() != null && terms.validTo().isBefore(period.to()) ? terms.validTo() : period.to();
        return new AgreementWindow(partnerId, terms, limits, period, new StatementPeriod(from, to));
    }

    public long agreementId() {
        return terms.agreementId();
    }
}
