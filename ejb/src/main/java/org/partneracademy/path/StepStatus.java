package org.partneracademy.path;

/** A step's state for one learner: completed, completed through an equivalent course, or still open. */
public enum StepStatus {
    DONE, DONE_BY_EQUIVALENT, OPEN
}
