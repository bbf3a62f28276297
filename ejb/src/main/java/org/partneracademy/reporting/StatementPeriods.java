package org.partneracademy.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.reporting.statement.StatementPeriod;

/**
 * The statement periods of this installation: {@code pa.statement.period-months} calendar months each
 * (1 by default; 2, 3, 4, 6 or 12), counted from January, so that every period starts on the first of a
 * month and the periods of a year never overlap. A period is named by its first month, {@code 2026-10}.
 */
@ApplicationScoped
public class StatementPeriods {

    private static final Set<Integer> DIVIDING_A_YEAR = Set.of(1, 2, 3, 4, 6, 12);

    @Inject
    @ConfigProperty(name = "pa.statement.period-months", defaultValue = "1")
    int months;

    StatementPeriods() {
    }

    /** For code outside CDI (tests, the benchmark): periods of the given length. */
    public StatementPeriods(int months) {
        this.months = months;
    }

    public int months() {
        if (!DIVIDING_A_YEAR.contains(months)) {
            throw new IllegalStateException("pa.statement.period-months must be one of " + DIVIDING_A_YEAR
                    + ", not " + months);
        }
        return months;
    }

    /** The period containing {@code day}. */
    public StatementPeriod containing(LocalDate day) {
        int firstMonth = (day.getMonthValue() - 1) / months() * months() + 1;
        var start = YearMonth.of(day.getYear(), firstMonth);
        return new StatementPeriod(start.atDay(1), start.plusMonths(months() - 1L).atEndOfMonth());
    }

    /** The latest period that has ended by {@code today} (today itself not yet over). */
    public StatementPeriod lastEndedBefore(LocalDate today) {
        return containing(containing(today).from().minusDays(1));
    }

    /** The period named by {@code key} ({@code yyyy-MM}, its first month); refuses a month that starts none. */
    public StatementPeriod parse(String key) {
        YearMonth month;
        try {
            month = YearMonth.parse(key == null ? "" : key.trim());
        } catch (DateTimeParseException e) {
            throw InvalidFieldsException.of("period", "must be a month as yyyy-MM (e.g. 2026-10), not '" + key + "'");
        }
        var period = containing(month.atDay(1));
        if (!period.from().equals(month.atDay(1))) {
            throw InvalidFieldsException.of("period", "periods here are " + months() + " months long; "
                    + key + " falls in the period starting " + YearMonth.from(period.from()));
        }
        return period;
    }

    /** The name of a period: its first month, {@code yyyy-MM}. */
    public static String key(StatementPeriod period) {
        return YearMonth.from(period.from()).toString();
    }
}
