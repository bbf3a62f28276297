package org.partneracademy.certification;

import java.time.Instant;

/** CDI event: a certification changed status, fired in the changing transaction. {@code fromStatus} is null on assignment. */
public record CertificationStatusChanged(long certificationId, long learnerId, long definitionId, String fromStatus,
        String toStatus, Instant at) {
}
