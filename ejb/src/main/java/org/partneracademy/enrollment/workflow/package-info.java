/**
 * The enrollment feature's side of the {@code enrollment} BPMN process: starting it, telling it about
 * completions, and the delegates through which it writes the registrations ledger.
 */
package org.partneracademy.enrollment.workflow;
