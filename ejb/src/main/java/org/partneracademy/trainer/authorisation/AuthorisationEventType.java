package org.partneracademy.trainer.authorisation;

/** What happened to an authorisation; the audit trail's vocabulary (see V13). */
public enum AuthorisationEventType {
    GRANTED, RENEWED, SUSPENDED, REINSTATED, REVOKED, EXPIRED, SUPERSEDED, REAUTHORISATION_OPENED
}
