package org.partneracademy.enrollment;

/** Who asked for an enrollment: the learner, their manager or partner admin, or an assignment rule. */
public enum EnrollmentOrigin {
    SELF, MANAGER, RULE
}
