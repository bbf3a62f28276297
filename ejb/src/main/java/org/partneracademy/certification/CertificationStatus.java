package org.partneracademy.certification;

/** Where a learner's certification stands; see V11__certifications.sql for each meaning. */
public enum CertificationStatus {
    ASSIGNED, IN_PROGRESS, CERTIFIED, WINDOW_OPEN, EXPIRED, LAPSED, REVOKED;

    /** Whether the learner holds a valid certificate in this state. */
    public boolean isCertified() {
        return this == CERTIFIED || this == WINDOW_OPEN;
    }

    /** Whether a recertification path (not the original one) is what counts now. */
    public boolean isRecertifying() {
        return this == WINDOW_OPEN || this == EXPIRED;
    }
}
