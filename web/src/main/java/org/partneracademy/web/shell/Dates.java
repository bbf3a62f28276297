package org.partneracademy.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Date formatting for pages: ISO dates in UTC until users have a time-zone preference. */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** A moment to the minute, in UTC and saying so: offer deadlines, cut-offs, approval expiries. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant);
    }
}
