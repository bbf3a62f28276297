package org.partneracademy.session;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.partneracademy.catalog.CourseFormat;

/**
 * A learner's search of open sessions: text in the course's title or code, one course, the course's
 * format, and sessions with a day in {@code from..to} (either may be open).
 */
public record UpcomingSessionSearch(@Size(max = 200) String text, Long courseId, CourseFormat format, LocalDate from,
        LocalDate to) {

    public static UpcomingSessionSearch all() {
        return new UpcomingSessionSearch(null, null, null, null, null);
    }

    @AssertTrue(message = "the end of the date range cannot be before its start")
    public boolean isRangeInOrder() {
        return from == null || to == null || !to.isBefore(from);
    }
}
