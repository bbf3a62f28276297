package org.partneracademy.trainer;

/** What a {@link CandidacyStep} records: a step of the candidacy done before the observed delivery. */
public enum StepKind {
    LIVE_TRAINING, TRAINER_EXAM, SHADOWING, CO_DELIVERY
}
