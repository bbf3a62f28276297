package org.partneracademy.reporting.statement;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a statement: the exact {@code basis} it is computed from, the {@code percent} applied (null
 * when the whole basis applies, as for a licence fee), the {@code amount} rounded by {@link Money}'s rule,
 * and the ledger events, deliveries or agreement it came from.
 */
public record StatementLine(Kind kind, String description, Money basis, BigDecimal percent, Money amount,
        List<SourceRef> sources) {

    /**
     * What a line settles. The arithmetic writes the first four; ADJUSTMENT is finance's answer to a
     * dispute and LATE_ADJUSTMENT carries a ledger event that came after an earlier period was issued.
     */
    public enum Kind {
        REVENUE_SHARE, SEAT, LICENCE_FEE, DELIVERY_DAY, ADJUSTMENT, LATE_ADJUSTMENT
    }

    public StatementLine {
        sources = List.copyOf(sources);
    }
}
