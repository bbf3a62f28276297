package org.partneracademy.enrollment;

/** What happened to a seat. The current state of a registration is its latest event. */
public enum RegistrationEventType {
    SEAT_TAKEN, COMPLETED
}
