package org.partneracademy.path;

/**
 * A step's state for one learner: completed, completed through an equivalent course, done because a
 * pre-assessment tested the learner out of the course's modules, or still open.
 */
public enum StepStatus {
    DONE, DONE_BY_EQUIVALENT, DONE_BY_TEST_OUT, OPEN
}
