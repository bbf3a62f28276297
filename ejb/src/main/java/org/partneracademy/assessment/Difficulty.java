package org.partneracademy.assessment;

/** How hard a question is, as its author tags it (random draws can pick by difficulty). */
public enum Difficulty {
    EASY, MEDIUM, HARD
}
