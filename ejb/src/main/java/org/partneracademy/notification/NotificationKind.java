package org.partneracademy.notification;

/** Why someone is told something; pages may show kinds differently. */
public enum NotificationKind {
    /** A new major version of a course one took (or is certified or authorised on) was published. */
    CONTENT_UPDATE,
    /** An enrollment request waits for the recipient's approval. */
    APPROVAL_REQUESTED,
    /** The recipient's enrollment request was approved. */
    ENROLLMENT_APPROVED,
    /** The recipient's enrollment request was rejected. */
    ENROLLMENT_REJECTED,
    /** The recipient's enrollment request or seat offer was not answered in time. */
    ENROLLMENT_EXPIRED,
    /** A seat on a session the recipient is waitlisted for is offered to them for a limited time. */
    SEAT_OFFERED,
    /** A session the recipient is seated on starts soon. */
    SESSION_REMINDER,
    /** A session the recipient was booked on was cancelled. */
    SESSION_CANCELLED,
    /** The recertification window of the recipient's (or their learner's) certification opened. */
    CERTIFICATION_WINDOW_OPEN,
    /** Certifications expiring soon would leave the recipient's partner short of a certification objective. */
    OBJECTIVE_AT_RISK,
    /** A settlement statement of the recipient's partner was issued and waits for their review. */
    STATEMENT_ISSUED,
    /** Nobody reviewed a statement of the recipient's partner in time: it was confirmed and locked. */
    STATEMENT_CONFIRMED_AUTOMATICALLY,
    /** A partner disputed statement lines: finance (the recipient) answers. */
    STATEMENT_DISPUTED,
    /** Finance answered a dispute of the recipient's partner: adjusted and re-issued, or rejected. */
    DISPUTE_ANSWERED
}
