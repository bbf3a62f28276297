package org.partneracademy.trainer;

/**
 * How an authorisation came about: PANEL (a candidacy passed its observed delivery), DELIVERIES (renewed
 * by enough well-rated deliveries), DIRECT (the vendor admin authorised an existing instructor, with a
 * reason, e.g. when the academy is introduced).
 */
public enum GrantedVia {
    PANEL, DELIVERIES, DIRECT
}
