/**
 * The partner's review of an issued statement ({@code statement-review.bpmn}): confirming it, disputing
 * lines, finance's answer (an adjustment line and a re-issue, or a reason), the automatic confirmation when
 * the review time runs out, and locking: a gapless number per year and a SHA-256 of the content, after
 * which nothing of the statement changes. The Camunda side lives in {@code workflow}.
 */
package org.partneracademy.reporting.review;
