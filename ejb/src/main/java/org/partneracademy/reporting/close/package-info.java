/**
 * The period close: a vendor admin or the finance role (or the period-end timer, when
 * {@code pa.statement.close-on-timer} is on) starts a {@link org.partneracademy.reporting.StatementRun};
 * the {@code statement-close} process walks the partners due a statement in chunks, one transaction each,
 * so a restart resumes after the last chunk committed. Before anything is written, a period not yet over
 * and ledger data no statement can be computed from (overlapping agreements, registrations without a
 * price or in another currency than their agreement's) are refused.
 */
package org.partneracademy.reporting.close;
