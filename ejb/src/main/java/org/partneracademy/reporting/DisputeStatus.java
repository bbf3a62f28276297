package org.partneracademy.reporting;

/** OPEN until finance answers it with an adjustment line (ADJUSTED) or a reason (REJECTED). */
public enum DisputeStatus {
    OPEN, ADJUSTED, REJECTED
}
