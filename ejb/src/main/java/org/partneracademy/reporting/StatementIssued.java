package org.partneracademy.reporting;

/**
 * Fired (CDI, inside the issuing transaction) whenever a statement is issued or re-issued, so that the
 * review of it starts in the same transaction: a statement never exists without its review, and a close
 * rolled back leaves no review behind.
 */
public record StatementIssued(long statementId, long partnerId, int revision) {
}
