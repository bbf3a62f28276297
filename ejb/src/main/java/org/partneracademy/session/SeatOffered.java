package org.partneracademy.session;

import java.time.Instant;

/**
 * CDI event: a waitlisted enrollment was offered a seat until {@code offeredUntil}. Fired inside the
 * transaction that made the offer, once per offer, so that the enrollment process can tell the waiting
 * learner.
 */
public record SeatOffered(long enrollmentId, Instant offeredUntil) {
}
