package org.partneracademy.session;

/** Something to pick in the session editor: an offering, a partner or a trainer, with its label. */
public record SessionChoice(long id, String label) {
}
