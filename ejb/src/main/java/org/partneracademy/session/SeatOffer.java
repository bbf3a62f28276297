package org.partneracademy.session;

import java.time.Instant;

/** A seat offered to a waitlisted enrollment, kept for it until {@code offeredUntil}. */
public record SeatOffer(long enrollmentId, Instant offeredUntil) {
}
