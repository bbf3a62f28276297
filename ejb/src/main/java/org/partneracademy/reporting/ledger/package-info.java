/**
 * Reads what one partner's statement settles from the registrations ledger and the trainers' delivery
 * records: one agreement's window of the period at a time, with indexed queries per partner (never whole
 * tables), so a close of thousands of partners runs in flat memory. Nothing here computes money; the
 * arithmetic lives in {@link org.partneracademy.reporting.statement.Statements}.
 */
package org.partneracademy.reporting.ledger;
