package org.partneracademy.certification;

/** What happened to a certification, as recorded in its history. */
public enum EventType {
    ASSIGNED, REQUIREMENT_MET, CERTIFIED, WINDOW_OPENED, RECERTIFIED, EXPIRED, LAPSED, REVOKED, REASSIGNED
}
