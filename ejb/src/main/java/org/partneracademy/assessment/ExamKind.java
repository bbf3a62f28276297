package org.partneracademy.assessment;

/** What an exam is for: a course exam, a pre-assessment at the start of a learning path, a trainer exam. */
public enum ExamKind {
    EXAM, PRE_ASSESSMENT, TRAINER_EXAM
}
