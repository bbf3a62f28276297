package org.partneracademy.trainer;

import java.math.BigDecimal;
import java.time.Instant;

/** A recorded step of a candidacy, as the pages and the API show it. */
public record StepView(long id, StepKind kind, Long sessionId, Long enrollmentId, Long attemptId, Long leadTrainerId,
        Long agreementId, BigDecimal billingPercent, BigDecimal scorePercent, String note, String recordedBy,
        Instant recordedAt) {

    static StepView of(CandidacyStep step) {
        return new StepView(step.getId(), step.getKind(), step.getSessionId(), step.getEnrollmentId(), step.getAttemptId(),
                step.getLeadTrainerId(), step.getAgreementId(), step.getBillingPercent(), step.getScorePercent(),
                step.getNote(), step.getRecordedBy(), step.getRecordedAt());
    }
}
