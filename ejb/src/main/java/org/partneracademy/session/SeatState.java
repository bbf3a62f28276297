package org.partneracademy.session;

/**
 * Where an instructor-led enrollment stands for its seat. SEATED and OFFERED hold a seat (an offer keeps
 * it for the waitlisted learner until it is accepted or expires); WAITLISTED waits in line; RELEASED is
 * the end of every booking (cancelled, offer expired, session cancelled).
 */
public enum SeatState {
    SEATED,
    OFFERED,
    WAITLISTED,
    RELEASED;

    public boolean holdsSeat() {
        return this == SEATED || this == OFFERED;
    }
}
