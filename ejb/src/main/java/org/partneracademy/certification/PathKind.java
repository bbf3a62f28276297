package org.partneracademy.certification;

/** A definition has exactly one ORIGINAL path and any number of (shorter) RECERTIFICATION paths. */
public enum PathKind {
    ORIGINAL, RECERTIFICATION
}
