package org.partneracademy.certification;

import java.time.Instant;
import java.util.List;

/**
 * A learner's certification: where it stands, its current dates, what the current cycle still needs
 * (and why something counts or not), and every cycle with its certificate and history (the transcript).
 */
public record CertificationView(long id, long definitionId, String definitionCode, String definitionName, int level,
        String levelName, long learnerId, String learnerName, String partnerName, CertificationStatus status, int cycleNo,
        Instant assignedAt, Instant certifiedAt, Instant windowOpensAt, Instant expiresAt, Instant graceEndsAt,
        String verificationCode, String explanation, List<RequirementStatus> requirements, List<Cycle> cycles) {

    /**
     * A requirement of a path that counts in the current cycle.
     *
     * @param why in words: what met it, or what is missing and which work counts
     */
    public record RequirementStatus(long requirementId, long pathId, String pathName, String label, boolean met,
            Instant metAt, EventCause cause, String causeRef, String why) {
    }

    /** One cycle: its certificate (null when none was issued in it) and its history, oldest first. */
    public record Cycle(int cycleNo, CertificateView certificate, List<EventView> events) {
    }

    public record CertificateView(long id, String verificationCode, String pathName, Instant completedAt, Instant issuedAt,
            Instant windowOpensAt, Instant expiresAt, Instant graceEndsAt, int definitionRevision, CertificateStatus status,
            Instant revokedAt, String revokeReason) {
    }

    public record EventView(Instant occurredAt, EventType type, EventCause cause, String causeRef, Long actorId,
            String note) {
    }
}
