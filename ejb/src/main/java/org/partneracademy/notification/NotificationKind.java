package org.partneracademy.notification;

/** Why someone is told something; pages may show kinds differently. */
public enum NotificationKind {
    /** A new major version of a course one took (or is certified or authorised on) was published. */
    CONTENT_UPDATE
}
