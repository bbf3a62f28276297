/**
 * REST resources of issue 7's reports: a partner's registration report and its exports, a partner's
 * statements, one statement and its export, the vendor's overview of a period. Thin: they turn query
 * parameters into the services' records and stream exports straight to the response.
 */
package org.partneracademy.web.rest.report;
