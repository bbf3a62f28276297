package org.partneracademy.reporting.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One statement in a list: what it is, where it stands, its total per currency and how many lines it has. */
public record StatementSummary(
        long id,
        long partnerId,
        String partnerName,
        long agreementId,
        String model,
        String direction,
        LocalDate periodFrom,
        LocalDate periodTo,
        String status,
        int revision,
        Instant issuedAt,
        Instant reviewDueAt,
        String statementNumber,
        List<Amount> totals,
        long lines,
        long openDisputes) {

    /** An amount in one currency. */
    public record Amount(String currency, BigDecimal amount) {
    }
}
