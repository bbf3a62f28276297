package org.partneracademy.certification;

import java.time.Instant;

/** A learner's certification changed status; fired as a CDI event in the changing transaction. */
public record CertificationStatusChanged(long certificationId, long learnerId, long definitionId, String fromStatus,
        String toStatus, Instant at) {
}
