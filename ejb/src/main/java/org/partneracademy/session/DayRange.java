package org.partneracademy.session;

import java.time.LocalDate;
import java.util.Map;

/** The session searches' day filter: a session matches if one of its days lies in {@code from..to}. */
final class DayRange {

    private DayRange() {
    }

    /** Appends the filter on the session alias s (either bound may be null: open-ended). */
    static void append(StringBuilder where, Map<String, Object> parameters, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return;
        }
        where.append(" and exists (select 1 from TrainingSession ds join ds.days d where ds = s");
        if (from != null) {
            where.append(" and key(d) >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.append(" and key(d) <= :to");
            parameters.put("to", to);
        }
        where.append(")");
    }
}
