package org.partneracademy.session;

import java.time.Instant;

/** Where an enrollment's seat stands: its state, its place on the waitlist, or its offer's deadline. */
public record SeatView(long sessionId, SeatState state, Integer waitlistPosition, Instant offeredUntil) {
}
