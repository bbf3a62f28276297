/**
 * Issues statements: one per agreement in force during the period, computed from the ledger, stored with
 * its lines and usage, and announced ({@link org.partneracademy.reporting.StatementIssued}) in the same
 * transaction so that its review starts with it. Late ledger events of an earlier, already issued period
 * become LATE_ADJUSTMENT lines of the partner's next statement.
 */
package org.partneracademy.reporting.issue;
