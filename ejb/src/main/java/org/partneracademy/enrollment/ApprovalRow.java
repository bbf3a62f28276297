package org.partneracademy.enrollment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A request in the approvals inbox with what an approver weighs: who (with user name), the price of
 * the offering asked for and the session's first and last day (null for a self-paced course).
 */
public record ApprovalRow(ApprovalView approval, String learnerUsername, BigDecimal listPrice, String currency,
        Instant sessionStartsAt, Instant sessionEndsAt) {

    public long enrollmentId() {
        return approval.enrollmentId();
    }
}
