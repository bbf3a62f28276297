/**
 * A partner's registration report: the registrations it sold or delivered that have ledger events in a
 * period, filtered by location, course, offering and trainer, read straight from the registrations ledger
 * by one hand-written query (paged for a screen, in id-ordered chunks for an export). The statement views
 * (a partner's statements, one statement, the vendor's overview of a period) read the issued statements.
 * A partner admin sees only their own partner; anything else answers "not found".
 */
package org.partneracademy.reporting.report;
