package org.partneracademy.certification;

/** What one requirement of a path asks for. */
public enum RequirementKind {
    /** The course completed (any version of it). */
    COURSE,
    /** Every required step of the learning path completed. */
    LEARNING_PATH,
    /** A passed attempt at the exam, with at least the minimum score when one is set. */
    EXAM,
    /** A passed attempt at an exam graded by a person. */
    PRACTICAL,
    /** A performance figure at or above its minimum, confirmed by a vendor admin. */
    PERFORMANCE
}
