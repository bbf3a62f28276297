package org.partneracademy.enrollment;

import java.time.Instant;

/** When the process reminds the learner of their session and when it settles attendance. */
public record SessionTimes(Instant reminderAt, Instant settleAt) {
}
