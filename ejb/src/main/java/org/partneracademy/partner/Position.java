package org.partneracademy.partner;

import java.util.Arrays;
import java.util.List;

/** A person's job at a partner; learning paths and course audiences are defined per position. */
public enum Position {
    SALES_REP, PRE_SALES_ENGINEER, SERVICE_TECHNICIAN, DEAL_DESK, TRAINER, MANAGER, VENDOR_STAFF;

    /** The positions a partner's people can hold: everything but the vendor's own staff. */
    public static List<Position> atPartners() {
        return Arrays.stream(values()).filter(position -> position != VENDOR_STAFF).toList();
    }
}
