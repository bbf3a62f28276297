/**
 * The {@code trainer-certification} process: starting it for a candidacy, sending it messages (only to
 * that candidacy's process, only while it waits for them) and the thin delegates its service tasks call.
 * Camunda types stay in this package.
 */
package org.partneracademy.trainer.workflow;
