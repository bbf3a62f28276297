package org.partneracademy.path;

/**
 * How a group of steps is satisfied: REQUIRED needs every step, ELECTIVE any {@code pick} of them.
 * OPTIONAL only describes steps written the old way (no group, required flag 0): recommended extras
 * that never block completion; new paths cannot be given optional groups.
 */
public enum GroupKind {
    REQUIRED, ELECTIVE, OPTIONAL
}
