package org.partneracademy.certification.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.time.AcademyClock;

/**
 * The public check of a certificate by its verification code, for anyone (no sign-in). A code that
 * cannot be one (wrong characters or length) is "not found" without asking the database, exactly like a
 * well-formed code nobody was issued. The state is read at the academy's current time: a certificate
 * stored as VALID whose expiry has passed reads EXPIRED even before the lifecycle's timer has marked it.
 *
 * <p>Not rate limited here: put a limit per client address in front of {@code /verify} and
 * {@code /api/v1/verifications} (reverse proxy) if codes must resist enumeration beyond their length.
 */
@Stateless
@PermitAll
public class CertificateVerification {

    /** Letters, digits and dashes, as the lifecycle issues them; the column holds at most 24 characters. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{4,24}");

    @Inject
    CertificateRecords records;

    @Inject
    AcademyClock clock;

    public VerificationResult verify(String code) {
        if (!isWellFormed(code)) {
            throw new NotFoundException("Verification code", "given");
        }
        var certificate = records.byCode(code)
                .orElseThrow(() -> new NotFoundException("Verification code", code));
        return new VerificationResult(certificate.verificationCode(), stateOf(certificate), certificate.holderName(),
                certificate.certificationName(), certificate.levelLabel(), certificate.issuedAt(), certificate.expiresAt(),
                "REVOKED".equals(certificate.status()) ? certificate.revokedAt() : null);
    }

    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    VerificationState stateOf(CertificateRecord certificate) {
        return switch (certificate.status()) {
            case "REVOKED" -> VerificationState.REVOKED;
            case "SUPERSEDED" -> VerificationState.SUPERSEDED;
            case "EXPIRED" -> VerificationState.EXPIRED;
            default -> certificate.expiresAt() != null && !clock.instant().isBefore(certificate.expiresAt())
                    ? VerificationState.EXPIRED : VerificationState.VALID;
        };
    }
}
