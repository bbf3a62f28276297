package org.partneracademy.reporting;

/** A period close: ISSUING statements, then ISSUED once every partner due one has it; FAILED if issuing stopped. */
public enum RunStatus {
    ISSUING, ISSUED, FAILED
}
