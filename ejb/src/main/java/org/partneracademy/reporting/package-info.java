/**
 * Registration reports and settlement statements for invoicing under the four agreement models. A period
 * close ({@code statement-close.bpmn}) issues each partner a statement computed by {@link
 * org.partneracademy.reporting.statement.Statements} from the registrations ledger and the trainers'
 * delivery days; the partner admin confirms it or disputes lines ({@code statement-review.bpmn}); the
 * vendor's finance role answers a dispute with an adjustment line, never an edit, and re-issues; a
 * confirmed statement is locked, numbered and hashed. Late ledger events land in the next period.
 */
package org.partneracademy.reporting;
