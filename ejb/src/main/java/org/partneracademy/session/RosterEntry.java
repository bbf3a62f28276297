package org.partneracademy.session;

import java.time.Instant;

/**
 * One enrollment on a session: its seat state, place on the waitlist (1 = next; null unless
 * waitlisted), offer deadline, and the learner.
 */
public record RosterEntry(long enrollmentId, SeatState state, Integer position, Instant since, Instant offeredUntil,
                          long learnerId, String username, String displayName, String partnerName) {
}
