package org.partneracademy.assessment;

/** FIXED: the same listed questions in every attempt; RANDOM: drawn anew from banks for every attempt. */
public enum ExamSelection {
    FIXED, RANDOM
}
