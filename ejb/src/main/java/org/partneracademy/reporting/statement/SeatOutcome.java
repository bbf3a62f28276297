package org.partneracademy.reporting.statement;

import org.partneracademy.enrollment.RegistrationEventType;

/**
 * What a registration's latest event in the period makes of its seat for settlement. A seat taken,
 * moved, attended, missed (no-show), completed or cancelled after the free-cancellation cut-off is
 * {@link #CHARGED}; a cancellation in time is {@link #CANCELLED_FREE}; the vendor cancelling the session
 * {@link #VOIDED} it. Neither of the last two is ever charged.
 */
public enum SeatOutcome {
    CHARGED, CANCELLED_FREE, VOIDED;

    static SeatOutcome after(RegistrationEventType latest) {
        return switch (latest) {
            case CANCELLED -> CANCELLED_FREE;
            case VOIDED -> VOIDED;
            case SEAT_TAKEN, MOVED, LATE_CANCELLED, ATTENDED, NO_SHOW, COMPLETED -> CHARGED;
            // A refund is money, read as LedgerRegistration.refunded(); the seat's outcome is its latest seat event.
            case REFUNDED -> throw new IllegalArgumentException("REFUNDED is no seat state");
        };
    }
}
