package org.partneracademy.session;

/**
 * How an instructor takes part in a session: the LEAD delivers it and must be authorised for the course;
 * a CO-instructor delivers it alongside (an authorised trainer, or a candidate shadowing or co-delivering).
 */
public enum InstructorRole {
    LEAD, CO
}
