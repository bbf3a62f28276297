package org.partneracademy.trainer;

import java.util.EnumSet;
import java.util.Set;

/** ACTIVE lets the trainer lead sessions; SUSPENDED holds that back until reinstated; the rest are final. */
public enum AuthorisationStatus {
    ACTIVE, SUSPENDED, REVOKED, EXPIRED, SUPERSEDED;

    /** The states of a trainer's current authorisation (one per course family and major version). */
    public static final Set<AuthorisationStatus> CURRENT = EnumSet.of(ACTIVE, SUSPENDED);
}
