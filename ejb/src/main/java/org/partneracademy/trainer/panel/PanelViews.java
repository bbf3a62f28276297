package org.partneracademy.trainer.panel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The read models of the panel feature, for REST and the leader pages. */
public final class PanelViews {

    private PanelViews() {
    }

    /** A task in a leader's inbox, with its SLA age and due date. */
    public record InboxItem(String taskId, String kind, long observedDeliveryId, long candidacyId, String candidate,
            String candidatePartner, String courseCode, String courseTitle, int tryNo, LocalDate deliveredOn,
            String scope, Instant created, long ageDays, Instant due, boolean overdue) {
    }

    public record ScoreView(long criterionId, String criterionName, int weight, int minimumScore, int score) {
    }

    public record SignoffView(long id, long observedDeliveryId, long leaderId, String leader, BigDecimal totalPercent,
            boolean passed, String retryFrom, String comments, Instant signedAt, Long correctsId, boolean latest,
            List<ScoreView> scores) {
    }

    public record MemberView(long personId, String username, String displayName, boolean signed, Boolean passed) {
    }

    public record ObservedDeliveryView(long id, long candidacyId, String candidate, String courseCode, int tryNo,
            Long sessionId, LocalDate deliveredOn, String scope, String status, Instant dueAt, Instant decidedAt,
            String retryFrom, String scheduledBy, Instant scheduledAt, List<MemberView> panel,
            List<SignoffView> signoffs, List<DeliveryStandardView.CriterionView> criteria, int passPercent) {
    }

    public record StepView(String kind, Long sessionId, BigDecimal scorePercent, BigDecimal billingPercent, String note,
            String recordedBy, Instant recordedAt) {
    }

    public record FeedbackView(long sessionId, BigDecimal averageRating, long ratings) {
    }

    /** What a leader sees of a candidate before scoring: the way so far, earlier panels and learner feedback. */
    public record CandidateHistory(long candidacyId, String candidate, String candidatePartner, String courseCode,
            int versionMajor, String status, int triesUsed, List<StepView> steps, List<ObservedDeliveryView> observedDeliveries,
            List<FeedbackView> feedback) {
    }
}
