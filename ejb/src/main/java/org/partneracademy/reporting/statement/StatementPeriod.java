package org.partneracademy.reporting.statement;

import java.time.LocalDate;
import java.time.YearMonth;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.RuleViolationException;

/** The days a statement settles, both ends included: a calendar month by default, any span when configured. */
public record StatementPeriod(LocalDate from, LocalDate to) {

    public StatementPeriod {
        if (from == null || to == null) {
            throw InvalidFieldsException.of(from == null ? "from" : "to", "is required for a statement period");
        }
        if (to.isBefore(from)) {
            throw InvalidFieldsException.of("to", "must not be before from (" + from + "), not " + to);
        }
    }

    public static StatementPeriod of(YearMonth month) {
        return new StatementPeriod(month.atDay(1), month.atEndOfMonth());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** A statement is closed only once its last day is over: on {@code today} the period must be past. */
    public void requireEndedBefore(LocalDate today) {
        if (!today.isAfter(to)) {
            throw new RuleViolationException("The period " + from + " to " + to + " has not ended on " + today
                    + "; its statement can be closed from " + to.plusDays(1));
        }
    }
}
