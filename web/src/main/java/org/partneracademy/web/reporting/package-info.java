/**
 * JSF views of registration reports and settlement statements: the period close page
 * ({@code admin/statement-runs.xhtml}). Thin: the rules live in {@code org.partneracademy.reporting}.
 */
package org.partneracademy.web.reporting;
