package org.partneracademy.reporting.statement;

/**
 * The part a trainer played on a delivery day, which sets the share of the day rate paid for it: an
 * authorised lead bills 100 %; a candidate shadowing or co-delivering bills the ramp share frozen on
 * its candidacy step, or the agreement's when none was frozen.
 */
public enum TrainerRole {
    AUTHORISED_LEAD, CO_DELIVERY, SHADOW
}
