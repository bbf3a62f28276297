package org.partneracademy.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A session as the admin writes it (POST /sessions, PUT /sessions/{id}): the offering, days with local
 * times in {@code timeZone} (an IANA id such as Europe/Berlin), a venue and/or a virtual link, capacity,
 * minimum to run (default 1), when enrollment closes (before the first day), who delivers it (a
 * partner id; none = the vendor), the lead instructors ({@code instructorIds}: trainers of the deliverer
 * authorised for the course) and the co-instructors ({@code coInstructorIds}: authorised trainers or
 * candidates on the shadowing or co-delivery step).
 */
public record SessionInput(
        @NotNull Long offeringId,
        @NotBlank @Size(max = 60) String timeZone,
        @NotNull @Size(min = 1, max = 60) List<@NotNull @Valid SessionDay> days,
        @Size(max = 300) String venue,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String virtualLink,
        @Min(1) @Max(TrainingSession.MAX_CAPACITY) int capacity,
        @Min(1) Integer minToRun,
        @NotNull Instant enrollmentClosesAt,
        Long deliveringPartnerId,
        List<@NotNull Long> instructorIds,
        List<@NotNull Long> coInstructorIds) {

    SessionPlan plan() {
        return new SessionPlan(timeZone, days, venue, virtualLink, capacity, minToRun == null ? 1 : minToRun,
                enrollmentClosesAt);
    }

    List<Long> instructors() {
        return instructorIds == null ? List.of() : instructorIds;
    }

    List<Long> coInstructors() {
        return coInstructorIds == null ? List.of() : coInstructorIds;
    }
}
