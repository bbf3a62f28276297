package org.partneracademy.reporting.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One statement with a page of its lines, in line order, and the usage of a content licence. The totals
 * and the number of all lines are in {@link #statement()} (a statement of a large partner holds
 * thousands of lines; the export writes them all).
 */
public record StatementView(
        StatementSummary statement,
        String confirmedVia,
        String confirmedBy,
        Instant confirmedAt,
        Instant lockedAt,
        String contentHash,
        int page,
        int size,
        List<Line> lines,
        List<Usage> usage) {

    /** One line: what it is, what it came from, and the filters it carries. */
    public record Line(long id, int lineNo, String kind, String description, BigDecimal basisAmount, BigDecimal percent,
            BigDecimal amount, String currency, String sources, Long registrationId, Long sessionId, Long trainerId,
            Long courseId, Long offeringId, Long locationId, Long adjustsStatementId, Long disputeId) {
    }

    /** Usage of one licensed metric against its limit (null = unlimited). */
    public record Usage(String metric, int used, Integer licensed, boolean overUsed) {
    }
}
