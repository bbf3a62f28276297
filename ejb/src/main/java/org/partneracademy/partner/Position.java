package org.partneracademy.partner;

/** A person's job at a partner; learning paths and course audiences are defined per position. */
public enum Position {
    SALES_REP, PRE_SALES_ENGINEER, SERVICE_TECHNICIAN, DEAL_DESK, TRAINER, MANAGER, VENDOR_STAFF
}
