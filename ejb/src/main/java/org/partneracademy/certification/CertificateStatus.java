package org.partneracademy.certification;

/** VALID, SUPERSEDED (a recertification replaced it), EXPIRED, REVOKED. */
public enum CertificateStatus {
    VALID, SUPERSEDED, EXPIRED, REVOKED
}
