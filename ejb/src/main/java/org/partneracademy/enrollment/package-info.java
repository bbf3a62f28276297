/**
 * Enrollments and the registrations ledger. An enrollment is one learner taking one course and is
 * driven by the {@code enrollment} BPMN process (business key = enrollment id); each enrollment that
 * takes a seat has one registration whose append-only events are what invoicing later reads.
 */
package org.partneracademy.enrollment;
