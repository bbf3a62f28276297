package org.partneracademy.session;

/** How an instructor-led enrollment ended: present on every day of its session, or not. */
public enum AttendanceOutcome {
    ATTENDED,
    NO_SHOW
}
