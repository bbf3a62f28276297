package org.partneracademy.certification.certificate;

import java.time.Instant;

/**
 * What anyone may learn from a verification code, and nothing more personal than this: the holder's
 * name, the certification and its dates. {@code expiresAt} is null for a certification that never
 * expires; {@code revokedAt} is set only for a revoked certificate (the reason stays private).
 */
public record VerificationResult(String verificationCode, VerificationState state, String holderName,
        String certificationName, String level, Instant issuedAt, Instant expiresAt, Instant revokedAt) {
}
