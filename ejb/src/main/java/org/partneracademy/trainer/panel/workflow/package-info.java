/**
 * The {@code trainer-panel} process: starting it, reading and completing its sign-off and escalation tasks,
 * and its delegates. The only place of the panel feature that knows Camunda.
 */
package org.partneracademy.trainer.panel.workflow;
