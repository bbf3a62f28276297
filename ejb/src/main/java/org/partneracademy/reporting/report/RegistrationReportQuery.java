package org.partneracademy.reporting.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What a registration report is asked for: one partner, one statement period named by its first month
 * ({@code yyyy-MM}) and optional filters. A filter left null does not filter; {@code learner} is part of a
 * learner's name, matched anywhere and regardless of case.
 */
public record RegistrationReportQuery(
        @NotNull @Positive Long partnerId,
        @NotNull @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a month as yyyy-MM") String period,
        @Positive Long locationId,
        @Positive Long courseId,
        @Positive Long offeringId,
        @Positive Long trainerId,
        @Size(max = 200) String learner) {

    public static RegistrationReportQuery of(long partnerId, String period) {
        return new RegistrationReportQuery(partnerId, period, null, null, null, null, null);
    }
}
