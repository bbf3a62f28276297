package org.partneracademy.reporting.statement;

import java.util.List;

/** One usage figure of a content licence against its limit (null: unlimited), with what it was counted from. */
public record UsageLine(Metric metric, long used, Integer limit, List<SourceRef> sources) {

    public enum Metric {
        /** Distinct sessions the partner delivered in the period. */
        SESSIONS_DELIVERED,
        /** Charged seats taken in the period, each counted once however often it moved. */
        LEARNER_SEATS
    }

    public UsageLine {
        sources = List.copyOf(sources);
    }

    public boolean overUsed() {
        return limit != null && used > limit;
    }

    public long overBy() {
        return overUsed() ? used - limit : 0;
    }
}
