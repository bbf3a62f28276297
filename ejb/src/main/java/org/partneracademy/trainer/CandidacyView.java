package org.partneracademy.trainer;

import java.time.Instant;
import java.util.List;

/**
 * A candidacy as the pages and the API show it: who, which course, the step and since when (and whether
 * it is stalled: on the same open step longer than {@link TrainerCandidacies#STALLED_AFTER}), the decision,
 * the steps recorded and, in the detail view, a summary of the observed deliveries and the history.
 */
public record CandidacyView(long id, long candidateId, String candidateName, Long partnerId, String partnerName,
        long courseId, String courseCode, String courseTitle, int versionMajor, CandidacyKind kind, CandidacyStatus status,
        Instant stepSince, long daysOnStep, boolean stalled, int triesUsed, String nominatedBy, Instant nominatedAt,
        String nominationNote, String decidedBy, Instant decidedAt, String declineReason, Instant closedAt,
        String withdrawnBy, String withdrawalReason, Long authorisationId, List<StepView> steps,
        List<ObservedDeliverySummary> observedDeliveries, List<HistoryEntry> history) {

    /** What happened when, by whom, in order: nomination, decision, steps, observed deliveries, the end. */
    public record HistoryEntry(Instant at, String what, String by, String detail) {
    }

    /**
     * One observed delivery of the candidacy (the panel feature owns the details), with the panel's feedback
     * once it decided: each member's latest sign-off.
     */
    public record ObservedDeliverySummary(long id, int tryNo, String deliveredOn, String status, String retryFrom,
            Instant decidedAt, List<PanelFeedback> feedback) {
    }

    /** What one panel member wrote and concluded, as the candidate reads it. */
    public record PanelFeedback(String leader, boolean passed, java.math.BigDecimal totalPercent, String comments,
            Instant signedAt) {
    }
}
