package org.partneracademy.enrollment.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the enrollment process needs from the start: who learns, whether a session (and so a seat) is
 * involved, the approval stages and their approvers, and for a session when to remind and when to
 * settle attendance.
 */
public record ProcessStart(long enrollmentId, String learner, boolean instructorLed, boolean managerApproval,
        boolean vendorApproval, List<String> approvers, Duration approvalTimeout, Instant reminderAt,
        Instant settleAt) {
}
