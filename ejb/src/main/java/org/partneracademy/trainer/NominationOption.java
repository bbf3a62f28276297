package org.partneracademy.trainer;

/** A trainer or a course offered on the nomination form: its id and what the form shows. */
public record NominationOption(long id, String label) {
}
