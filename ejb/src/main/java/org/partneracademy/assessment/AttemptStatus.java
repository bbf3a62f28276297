package org.partneracademy.assessment;

/** IN_PROGRESS until submitted; AWAITING_GRADING while a person grades essays or practicals; GRADED. */
public enum AttemptStatus {
    IN_PROGRESS, AWAITING_GRADING, GRADED
}
