package org.partneracademy.certification.certificate;

import java.time.Instant;

/**
 * One issued certificate as this package reads it: the stored certificate with its holder and the
 * certification it attests. {@code expiresAt} is null for a certification that never expires;
 * {@code status} is the stored one (VALID, SUPERSEDED, EXPIRED, REVOKED).
 */
public record CertificateRecord(long certificateId, long certificationId, int cycleNo, long holderId,
        String holderUsername, String holderName, String certificationName, int level, String levelName,
        Instant issuedAt, Instant expiresAt, String verificationCode, String status, Instant revokedAt) {

    /** The level as printed: its name if it has one ("Professional"), otherwise "Level 2". */
    public String levelLabel() {
        return levelName == null || levelName.isBlank() ? "Level " + level : levelName;
    }
}
