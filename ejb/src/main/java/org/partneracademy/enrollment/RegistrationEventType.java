package org.partneracademy.enrollment;

/**
 * What happened to a seat. The current state of a registration is its latest event. LATE_CANCELLED is
 * a cancellation after the offering's free-cancellation cut-off (chargeable); VOIDED is the vendor
 * cancelling the whole session (never charged).
 */
public enum RegistrationEventType {
    SEAT_TAKEN, MOVED, CANCELLED, LATE_CANCELLED, VOIDED, ATTENDED, NO_SHOW, COMPLETED
}
