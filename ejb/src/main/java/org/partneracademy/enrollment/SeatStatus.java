package org.partneracademy.enrollment;

import java.time.Instant;

/**
 * The seat of an instructor-led enrollment as the learner sees it: SEATED, OFFERED (until
 * {@code offeredUntil}), WAITLISTED (at {@code waitlistPosition}, 1 = next) or RELEASED.
 */
public record SeatStatus(long sessionId, String state, Integer waitlistPosition, Instant offeredUntil) {
}
