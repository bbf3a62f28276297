package org.partneracademy.session;

/** A session is scheduled until the vendor (or its delivering partner) cancels it; there is no way back. */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED
}
