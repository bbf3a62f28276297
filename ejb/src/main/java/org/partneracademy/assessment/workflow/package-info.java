/**
 * The {@code assessment-attempt} process: starting it, telling it about a submission, its thin
 * delegates (auto-submit at the deadline, automatic grading, the result) and the grading inbox of the
 * manual grading task. Camunda types stay inside this package.
 */
package org.partneracademy.assessment.workflow;
