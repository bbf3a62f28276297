package org.partneracademy.trainer;

/**
 * INITIAL runs every step from nomination; REAUTHORISATION (a new major version of the course, or an
 * authorisation running out without enough good deliveries) starts at the observed delivery.
 */
public enum CandidacyKind {
    INITIAL, REAUTHORISATION
}
