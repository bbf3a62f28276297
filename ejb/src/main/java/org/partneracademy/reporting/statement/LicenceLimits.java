package org.partneracademy.reporting.statement;

import org.partneracademy.platform.error.InvalidFieldsException;

/** What a content licence allows in one statement period; null means unlimited. */
public record LicenceLimits(Integer maxSessions, Integer maxLearnerSeats) {

    public static final LicenceLimits UNLIMITED = new LicenceLimits(null, null);

    public LicenceLimits {
        if (maxSessions != null && maxSessions < 0) {
            throw InvalidFieldsException.of("maxSessions", "must not be negative, not " + maxSessions);
        }
        if (maxLearnerSeats != null && maxLearnerSeats < 0) {
            throw InvalidFieldsException.of("maxLearnerSeats", "must not be negative, not " + maxLearnerSeats);
        }
    }
}
