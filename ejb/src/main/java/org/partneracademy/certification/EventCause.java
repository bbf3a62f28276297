package org.partneracademy.certification;

/** Why something happened: a completion, a passed exam, a timer, an admin or the learner. */
public enum EventCause {
    ENROLLMENT_COMPLETED, EXAM_PASSED, TIMER, ADMIN, LEARNER
}
