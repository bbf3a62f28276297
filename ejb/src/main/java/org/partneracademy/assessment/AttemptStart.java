package org.partneracademy.assessment;

/** The attempt a start call gives: a new one, or the learner's attempt in progress, resumed. */
public record AttemptStart(AttemptView attempt, boolean resumed) {
}
