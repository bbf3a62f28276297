package org.partneracademy.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Marks for one day of a session (PUT /sessions/{id}/attendance): who was there and who was not. */
public record AttendanceInput(@NotNull LocalDate day, @NotNull @Size(min = 1, max = 10_000) List<@NotNull @Valid Mark> marks) {

    public record Mark(@NotNull Long enrollmentId, @NotNull Boolean present) {
    }
}
