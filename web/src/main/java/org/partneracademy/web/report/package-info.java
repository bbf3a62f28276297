/**
 * Pages of issue 7's reports: the partner admin's registration report (filters, a database-paged table,
 * downloads that stream while the page stays usable), the partner's statements and the vendor's overview
 * of a period.
 */
package org.partneracademy.web.report;
