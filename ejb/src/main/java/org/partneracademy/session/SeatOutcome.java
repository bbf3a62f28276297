package org.partneracademy.session;

import java.util.List;

/**
 * The result of claiming or moving a seat: SEATED, or WAITLISTED with the position in line (1 = next);
 * {@code offers} are seats a move freed and offered to others on the session left.
 */
public record SeatOutcome(long sessionId, SeatState state, Integer waitlistPosition, List<SeatOffer> offers) {

    public boolean seated() {
        return state == SeatState.SEATED;
    }
}
