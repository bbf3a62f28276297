package org.partneracademy.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The dates a certificate gets, from a definition's rules and a completion date: one pure calculator for
 * issuance and for the what-if preview, so what the admin previews is what learners get.
 *
 * <p>Rules (all in UTC):
 * <ul>
 * <li>no validity: the certificate never expires (no window, no expiry, no grace);</li>
 * <li>{@link ExpiryMode#FROM_COMPLETION}: expiry = completion + validity;</li>
 * <li>{@link ExpiryMode#FROM_PREVIOUS_EXPIRY}: expiry = previous expiry + validity when there is a previous
 * expiry and the completion is not after it (recertifying early in the window loses nothing); otherwise
 * completion + validity (first certificate, or recertified in grace);</li>
 * <li>{@link ExpiryMode#FIXED_DATE}: valid through the first fixed day (MM-DD) on or after the date of
 * completion + validity, so it expires at the end of that day (29 February is 28 February in other years);</li>
 * <li>the window opens {@code windowDays} before expiry, the grace ends {@code graceDays} after it.</li>
 * </ul>
 */
public final class CertificationDates {

    /** A definition's date rules. */
    public record Rules(Period validity, ExpiryMode mode, MonthDay fixedDay, int windowDays, int graceDays) {

        public Rules {
            Objects.requireNonNull(mode, "mode");
            if (mode == ExpiryMode.FIXED_DATE && validity != null && fixedDay == null) {
                throw new IllegalArgumentException("FIXED_DATE needs a fixed day");
            }
            if (windowDays < 0 || graceDays < 0) {
                throw new IllegalArgumentException("window and grace are not negative");
            }
        }
    }

    /** The dates of one certificate; all but {@code certifiedAt} are null when it never expires. */
    public record Dates(Instant certifiedAt, Instant windowOpensAt, Instant expiresAt, Instant graceEndsAt) {
    }

    private CertificationDates() {
    }

    /**
     * @param completedAt    when the last requirement was met
     * @param previousExpiry the expiry of the certificate this one replaces, or null
     */
    public static Dates of(Rules rules, Instant completedAt, Instant previousExpiry) {
        Objects.requireNonNull(completedAt, "completedAt");
        if (rules.validity() == null) {
            return new Dates(completedAt, null, null, null);
        }
        Instant expires = switch (rules.mode()) {
            case FROM_COMPLETION -> plus(completedAt, rules.validity());
            case FROM_PREVIOUS_EXPIRY -> previousExpiry != null && !completedAt.isAfter(previousExpiry)
                    ? plus(previousExpiry, rules.validity())
                    : plus(completedAt, rules.validity());
            case FIXED_DATE -> fixedDayOnOrAfter(plus(completedAt, rules.validity()), rules.fixedDay());
        };
        return new Dates(completedAt, expires.minus(rules.windowDays(), ChronoUnit.DAYS), expires,
                expires.plus(rules.graceDays(), ChronoUnit.DAYS));
    }

    /**
     * The fewest days a validity can last (365-day years, 28-day months): a recertification window must be
     * shorter than this, or it would open before the certificate is issued.
     */
    public static long shortestDays(Period validity) {
        return validity.getYears() * 365L + validity.getMonths() * 28L + validity.getDays();
    }

    private static Instant plus(Instant instant, Period period) {
        return instant.atZone(ZoneOffset.UTC).plus(period).toInstant();
    }

    private static Instant fixedDayOnOrAfter(Instant instant, MonthDay day) {
        LocalDate from = instant.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate candidate = day.atYear(from.getYear());
        if (candidate.isBefore(from)) {
            candidate = day.atYear(from.getYear() + 1);
        }
        // Valid through the fixed day: it expires when the day is over.
        return candidate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
