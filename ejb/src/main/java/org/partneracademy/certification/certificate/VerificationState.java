package org.partneracademy.certification.certificate;

/** What the public verification answers about a certificate. */
public enum VerificationState {
    /** Issued, not revoked, not replaced and not past its expiry. */
    VALID,
    /** Past its expiry date (stored as EXPIRED, or still VALID in storage but past expires_at). */
    EXPIRED,
    /** Withdrawn by the vendor; it never counted again from that moment. */
    REVOKED,
    /** Replaced by the certificate of a later recertification: the holder's newer certificate is the one to check. */
    SUPERSEDED
}
