package org.partneracademy.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;
import java.util.Objects;

/** The local start and end time of one session day (the day itself is the key it is stored under). */
@Embeddable
public class DayTimes {

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    protected DayTimes() {
    }

    DayTimes(LocalTime startsAt, LocalTime endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DayTimes other && startsAt.equals(other.startsAt) && endsAt.equals(other.endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsAt, endsAt);
    }
}
