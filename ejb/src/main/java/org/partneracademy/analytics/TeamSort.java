package org.partneracademy.analytics;

/** The columns "My team" can be ordered by. */
public enum TeamSort {
    NAME, OPEN, COMPLETED, PROGRESS, LAST_ACTIVITY
}
