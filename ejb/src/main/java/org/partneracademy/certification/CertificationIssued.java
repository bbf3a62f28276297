package org.partneracademy.certification;

import java.time.Instant;

/** CDI event: a certificate was issued (first certification or recertification), fired in the issuing transaction. */
public record CertificationIssued(long certificationId, long certificateId, long learnerId, long definitionId,
        Instant issuedAt) {
}
