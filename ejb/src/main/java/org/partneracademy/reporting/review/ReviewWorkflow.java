package org.partneracademy.reporting.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the review services need of the statement-review process (implemented in {@code workflow}). */
public interface ReviewWorkflow {

    enum Decision {
        CONFIRM, DISPUTE
    }

    /**
     * Starts the review of a statement unless one is running; the business key is the statement id.
     * @return whether it started one
     */
    boolean startUnlessRunning(long statementId, Instant reviewDueAt, List<String> partnerAdmins);

    /** The open "review the statement" task of the statement, if it waits for the partner. */
    Optional<String> reviewTask(long statementId);

    /** The open "answer the disputes" task of the statement, if it waits for finance. */
    Optional<String> financeTask(long statementId);

    void completeReview(String taskId, Decision decision, String by);

    void completeFinance(String taskId, boolean adjusted);
}
