package org.partneracademy.platform.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;

/**
 * Moving the application clock forward on a test server ({@code PA_CLOCK_ADJUSTABLE=true}), so tests and
 * demos can watch certifications expire, and back to real time afterwards. On any other server the clock
 * control does not exist (404). The job executor is woken after a move, so timers that fell due fire
 * within seconds.
 */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class ClockControl {

    /** The clock after a move: the time the application now sees and its distance from real time. */
    public record ClockView(Instant now, String offset, boolean adjustable) {
    }

    @Inject
    AcademyClock clock;

    @Inject
    ProcessEngineBootstrap engine;

    public ClockView current() {
        requireAdjustable();
        return view();
    }

    /** @param advanceBy an ISO-8601 period (P400D) or duration (PT36H), positive */
    public ClockView advance(String advanceBy) {
        requireAdjustable();
        clock.advance(durationOf(advanceBy));
        engine.wakeJobExecutor();
        return view();
    }

    /** Either forward by {@code advanceBy} or, with {@code reset} true, back to real time; not both. */
    public ClockView move(String advanceBy, Boolean reset) {
        if (Boolean.TRUE.equals(reset)) {
            if (advanceBy != null) {
                requireAdjustable();
                throw InvalidFieldsException.of("reset", "cannot be combined with advanceBy");
            }
            return reset();
        }
        return advance(advanceBy);
    }

    /** Back to real time (the test suite does this after a class that moved the clock). */
    public ClockView reset() {
        requireAdjustable();
        clock.reset();
        return view();
    }

    private static Duration durationOf(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidFieldsException.of("advanceBy", "is required, e.g. P400D or PT36H");
        }
        try {
            return text.contains("T") ? Duration.parse(text) : Duration.between(Instant.EPOCH,
                    Instant.EPOCH.atZone(ZoneOffset.UTC).plus(Period.parse(text)).toInstant());
        } catch (DateTimeParseException e) {
            throw InvalidFieldsException.of("advanceBy", "must be an ISO-8601 period such as P400D");
        }
    }

    private void requireAdjustable() {
        if (!clock.isAdjustable()) {
            throw new NotFoundException("Clock control", "on this server");
        }
    }

    private ClockView view() {
        return new ClockView(clock.now(), clock.offset().toString(), clock.isAdjustable());
    }
}
