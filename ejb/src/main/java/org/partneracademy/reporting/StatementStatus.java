package org.partneracademy.reporting;

/**
 * Where a statement is in its review: ISSUED (waiting for the partner admin), DISPUTED (waiting for the
 * vendor's finance role), LOCKED (confirmed by the partner or automatically; numbered, hashed, final).
 */
public enum StatementStatus {
    ISSUED, DISPUTED, LOCKED
}
