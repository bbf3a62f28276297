/**
 * REST resources of registration reports and settlement statements: the period close
 * ({@code /statement-runs}). Thin: the rules live in {@code org.partneracademy.reporting} and its
 * sub-packages.
 */
package org.partneracademy.web.rest.reporting;
