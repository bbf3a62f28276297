/**
 * The {@code statement-close} process: started for a run by a person, or by its own monthly timer;
 * its delegates are thin adapters onto {@link org.partneracademy.reporting.close.CloseRuns}. Camunda's
 * types stay in this package.
 */
package org.partneracademy.reporting.close.workflow;
