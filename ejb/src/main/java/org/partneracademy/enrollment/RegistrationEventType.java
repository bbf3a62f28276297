package org.partneracademy.enrollment;

/**
 * What happened to a seat. The current state of a registration is its latest seat event. LATE_CANCELLED
 * is a cancellation after the offering's free-cancellation cut-off (chargeable); VOIDED is the vendor
 * cancelling the whole session (never charged). REFUNDED is money given back by the vendor's finance
 * role, with its amount: it says nothing about the seat, so it never becomes the current state.
 */
public enum RegistrationEventType {
    SEAT_TAKEN, MOVED, CANCELLED, LATE_CANCELLED, VOIDED, ATTENDED, NO_SHOW, COMPLETED, REFUNDED;

    /** Whether the event changes the seat's state; a refund moves money only. */
    public boolean isSeatEvent() {
        return this != REFUNDED;
    }
}
