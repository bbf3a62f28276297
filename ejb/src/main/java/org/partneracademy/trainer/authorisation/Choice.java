package org.partneracademy.trainer.authorisation;

/** An option of the grant form: a trainer or a course version. */
public record Choice(long id, String label) {
}
