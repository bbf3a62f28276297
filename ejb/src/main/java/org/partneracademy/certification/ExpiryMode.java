package org.partneracademy.certification;

/** How a certificate's expiry date follows from its completion. */
public enum ExpiryMode {
    /** Completion date plus the validity. */
    FROM_COMPLETION,
    /**
     * Previous expiry plus the validity when recertified on or before that expiry (recertifying early
     * loses no time); otherwise, and for the first certificate, completion plus the validity.
     */
    FROM_PREVIOUS_EXPIRY,
    /** The first fixed calendar day (e.g. 12-31) on or after completion plus the validity. */
    FIXED_DATE
}
