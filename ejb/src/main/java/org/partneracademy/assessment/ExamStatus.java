package org.partneracademy.assessment;

/** DRAFT (being authored) → PUBLISHED (learners may attempt it) → RETIRED (no new attempts). */
public enum ExamStatus {
    DRAFT, PUBLISHED, RETIRED
}
