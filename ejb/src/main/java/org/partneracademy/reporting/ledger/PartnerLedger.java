package org.partneracademy.reporting.ledger;

import java.util.List;
import org.partneracademy.reporting.PartnerStatementLine;
import org.partneracademy.reporting.statement.StatementInput;

/**
 * What one agreement's statement settles, read from the ledger: the arithmetic's input and, in the same
 * order as its registrations and delivery days, what each line is about (session, course, learner...),
 * which the arithmetic does not need but the stored lines carry for the reports.
 */
public record PartnerLedger(StatementInput input, List<PartnerStatementLine.Context> registrationContexts,
        List<PartnerStatementLine.Context> deliveryContexts) {

    public PartnerLedger {
        registrationContexts = List.copyOf(registrationContexts);
        deliveryContexts = List.copyOf(deliveryContexts);
    }
}
