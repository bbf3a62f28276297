package org.partneracademy.session;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** One day of a session with its local start and end time, as written in the session's time zone. */
public record SessionDay(@NotNull LocalDate day, @NotNull LocalTime startsAt, @NotNull LocalTime endsAt) {

    public Instant start(ZoneId zone) {
        return day.atTime(startsAt).atZone(zone).toInstant();
    }

    public Instant end(ZoneId zone) {
        return day.atTime(endsAt).atZone(zone).toInstant();
    }
}
