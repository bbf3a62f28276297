package org.partneracademy.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * The current time for features that deal in long periods (exam deadlines, certification validity,
 * recertification windows). In production it is the system clock in UTC. A server started with
 * {@code PA_CLOCK_ADJUSTABLE=true} (the test server) lets a vendor admin move it forward; Camunda's
 * clock moves by the same offset, so timers that fall due in the skipped time fire at once, as they
 * would have had the time passed. The offset lives in memory: a restart or redeploy returns to real time,
 * and so does {@link #reset()}, which the test suite calls after a test class that moved the clock (the
 * EAR stays deployed for the whole suite, so a later class would otherwise start in the future).
 */
@ApplicationScoped
public class AcademyClock extends Clock {

    @Inject
    @ConfigProperty(name = "pa.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    public Instant now() {
        return instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    public Duration offset() {
        return offset;
    }

    /** Moves time forward (never back: timers that fired cannot be taken back). */
    public synchronized Instant advance(Duration by) {
        if (!adjustable) {
            throw new RuleViolationException("The clock of this server cannot be moved (PA_CLOCK_ADJUSTABLE is not true).");
        }
        if (by.isNegative() || by.isZero()) {
            throw new RuleViolationException("The clock only moves forward: give a positive duration.");
        }
        offset = offset.plus(by);
        ClockUtil.offset(offset.toMillis());
        return instant();
    }

    /**
     * Back to real time, Camunda's clock too. What happened in the skipped time stays done (timers that
     * fired, deadlines passed); timers armed while the clock was ahead fall due that much later in real time.
     */
    public synchronized Instant reset() {
        if (!adjustable) {
            throw new RuleViolationException("The clock of this server cannot be moved (PA_CLOCK_ADJUSTABLE is not true).");
        }
        offset = Duration.ZERO;
        ClockUtil.reset();
        return instant();
    }
}
