package org.partneracademy.enrollment;

import java.time.Instant;

/**
 * CDI event: a learner completed a course (every module done, or the whole session attended). Fired
 * once per enrollment by the enrollment process, in the transaction that recorded the completion, for
 * the certification side to act on.
 */
public record LearningCompleted(long learnerId, long courseId, long enrollmentId, Instant completedAt) {
}
