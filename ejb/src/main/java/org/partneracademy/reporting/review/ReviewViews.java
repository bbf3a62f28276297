package org.partneracademy.reporting.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the review pages and the API show: plain records, never entities. */
public final class ReviewViews {

    private ReviewViews() {
    }

    /** One statement with its lines, usage, disputes and what the caller may do with it now. */
    public record StatementReview(long id, long partnerId, String partnerName, long agreementId, String model,
            String direction, String period, LocalDate periodFrom, LocalDate periodTo, String status, int revision,
            Instant issuedAt, Instant reviewDueAt, String confirmedVia, String confirmedBy, Instant confirmedAt,
            String statementNumber, String contentHash, Instant lockedAt, List<Total> totals, List<Line> lines,
            List<Usage> usage, List<Dispute> disputes, boolean canReview) {
    }

    public record Line(long id, int lineNo, String kind, String description, BigDecimal basis, BigDecimal percent,
            BigDecimal amount, String currency, String sources, Long disputeId) {
    }

    /** The sum of the lines in one currency: currencies are never added together. */
    public record Total(String currency, BigDecimal amount) {
    }

    public record Usage(String metric, int used, Integer licensed, boolean overUsed) {
    }

    public record Dispute(long id, long statementId, long partnerId, String partnerName, String period, Long lineId,
            Integer lineNo, String lineDescription, BigDecimal lineAmount, String currency, int revision, String comment,
            String raisedBy, Instant raisedAt, String status, String resolutionNote, String resolvedBy,
            Instant resolvedAt) {
    }

    /** The stored hash of a locked statement against the one recomputed from its rows now. */
    public record Verification(long statementId, String statementNumber, String storedHash, String computedHash,
            boolean intact) {
    }
}
