package org.partneracademy.platform.security;

/**
 * The application roles. The constants in {@link Names} exist because annotations such as
 * {@code @RolesAllowed} need compile-time strings; the enum is what code and the database use.
 */
public enum Role {
    VENDOR_ADMIN,
    TRAINING_LEADER,
    /** The vendor's finance staff: answer statement disputes with adjustments and re-issue statements. */
    FINANCE,
    PARTNER_ADMIN,
    TRAINER,
    LEARNER;

    public static final class Names {
        public static final String VENDOR_ADMIN = "VENDOR_ADMIN";
        public static final String TRAINING_LEADER = "TRAINING_LEADER";
        public static final String FINANCE = "FINANCE";
        public static final String PARTNER_ADMIN = "PARTNER_ADMIN";
        public static final String TRAINER = "TRAINER";
        public static final String LEARNER = "LEARNER";

        private Names() {
        }
    }
}
