package org.partneracademy.certification;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A what-if question: the dates a definition would give for this completion. With {@code definitionId}
 * the saved rules are the base; the rule fields given here (as edited, unsaved) replace them.
 */
public record DatePreview(Long definitionId, String validity, ExpiryMode expiryMode, String fixedExpiryDay,
        Integer windowDays, Integer graceDays, @NotNull Instant completedAt, Instant previousExpiry) {

    /** The answer: the certificate's dates, and the rules they came from in words. */
    public record Result(Instant certifiedAt, Instant windowOpensAt, Instant expiresAt, Instant graceEndsAt,
            String explanation) {
    }
}
