package org.partneracademy.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.MonthDay;
import java.time.Period;
import org.junit.jupiter.api.Test;

class CertificationDatesTest {

    private static final Instant COMPLETED = Instant.parse("2026-03-15T10:30:00Z");

    @Test
    void fromCompletionAddsTheValidityAndPlacesWindowAndGraceAroundTheExpiry() {
        var dates = CertificationDates.of(new CertificationDates.Rules(Period.ofYears(2), ExpiryMode.FROM_COMPLETION,
                null, 60, 30), COMPLETED, null);

        assertThat(dates.certifiedAt()).isEqualTo(COMPLETED);
        assertThat(dates.expiresAt()).isEqualTo(Instant.parse("2028-03-15T10:30:00Z"));
        assertThat(dates.windowOpensAt()).isEqualTo(Instant.parse("2028-01-15T10:30:00Z"));
        assertThat(dates.graceEndsAt()).isEqualTo(Instant.parse("2028-04-14T10:30:00Z"));
    }

    @Test
    void withoutValidityNothingExpires() {
        var dates = CertificationDates.of(new CertificationDates.Rules(null, ExpiryMode.FROM_COMPLETION, null, 60, 30),
                COMPLETED, null);

        assertThat(dates).isEqualTo(new CertificationDates.Dates(COMPLETED, null, null, null));
    }

    @Test
    void fromPreviousExpiryKeepsTheTimeLeftWhenRecertifiedEarly() {
        var rules = new CertificationDates.Rules(Period.ofYears(1), ExpiryMode.FROM_PREVIOUS_EXPIRY, null, 30, 14);
        var previousExpiry = Instant.parse("2026-04-01T00:00:00Z");

        assertThat(CertificationDates.of(rules, COMPLETED, previousExpiry).expiresAt())
                .isEqualTo(Instant.parse("2027-04-01T00:00:00Z"));
    }

    @Test
    void fromPreviousExpiryCountsFromCompletionInGraceAndForTheFirstCertificate() {
        var rules = new CertificationDates.Rules(Period.ofYears(1), ExpiryMode.FROM_PREVIOUS_EXPIRY, null, 30, 14);

        assertThat(CertificationDates.of(rules, COMPLETED, Instant.parse("2026-03-01T00:00:00Z")).expiresAt())
                .isEqualTo(Instant.parse("2027-03-15T10:30:00Z"));
        assertThat(CertificationDates.of(rules, COMPLETED, null).expiresAt())
                .isEqualTo(Instant.parse("2027-03-15T10:30:00Z"));
    }

    @Test
    void fixedDateIsValidThroughTheNextFixedDayAfterTheValidity() {
        var rules = new CertificationDates.Rules(Period.ofYears(1), ExpiryMode.FIXED_DATE, MonthDay.of(12, 31), 10, 0);

        var dates = CertificationDates.of(rules, COMPLETED, null);

        assertThat(dates.expiresAt()).isEqualTo(Instant.parse("2028-01-01T00:00:00Z"));
        assertThat(dates.windowOpensAt()).isEqualTo(Instant.parse("2027-12-22T00:00:00Z"));
        assertThat(dates.graceEndsAt()).isEqualTo(dates.expiresAt());
    }

    @Test
    void fixedDateOnTheDayItselfCountsThatDay() {
        var rules = new CertificationDates.Rules(Period.ofYears(1), ExpiryMode.FIXED_DATE, MonthDay.of(3, 15), 0, 0);

        assertThat(CertificationDates.of(rules, COMPLETED, null).expiresAt()).isEqualTo(Instant.parse("2027-03-16T00:00:00Z"));
    }

    @Test
    void fixedDateOnTheTwentyNinthOfFebruaryFallsOnTheTwentyEighthInOrdinaryYears() {
        var rules = new CertificationDates.Rules(Period.ofMonths(6), ExpiryMode.FIXED_DATE, MonthDay.of(2, 29), 0, 0);

        assertThat(CertificationDates.of(rules, Instant.parse("2026-06-01T00:00:00Z"), null).expiresAt())
                .isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
    }

    @Test
    void fixedDateWithoutADayIsRefused() {
        assertThatThrownBy(() -> new CertificationDates.Rules(Period.ofYears(1), ExpiryMode.FIXED_DATE, null, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShortestValidityCountsShortMonthsAndYears() {
        assertThat(CertificationDates.shortestDays(Period.parse("P1Y2M3D"))).isEqualTo(365 + 56 + 3);
    }
}
