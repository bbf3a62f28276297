package org.partneracademy.reporting;

/** How a locked statement was confirmed: by the partner admin, or automatically when the review time ran out. */
public enum ConfirmedVia {
    PARTNER, REVIEW_TIMEOUT
}
