package org.partneracademy.session;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Filters of the admin's session list: a course code (exact), sessions with a day in
 * {@code from..to} (either may be open), a status, and only those below their minimum to run.
 */
public record SessionSearch(@Size(max = 40) String courseCode, LocalDate from, LocalDate to, SessionStatus status,
                            boolean belowMinimumOnly) {

    public static SessionSearch all() {
        return new SessionSearch(null, null, null, null, false);
    }
}
