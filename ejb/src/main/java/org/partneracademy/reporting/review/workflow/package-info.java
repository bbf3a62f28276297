/**
 * The {@code statement-review} process: starting it, finding and completing its review and finance tasks,
 * and its delegates. The only place of the review feature that knows Camunda.
 */
package org.partneracademy.reporting.review.workflow;
