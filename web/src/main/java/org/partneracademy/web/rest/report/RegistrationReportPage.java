package org.partneracademy.web.rest.report;

import java.util.List;
import org.partneracademy.reporting.report.RegistrationReportRow;
import org.partneracademy.reporting.report.RegistrationReportTotal;

/** One page of a registration report with the totals of the whole report (all pages), per currency. */
public record RegistrationReportPage(long partnerId, String period, int page, int size, long total,
        List<RegistrationReportRow> rows, List<RegistrationReportTotal> totals) {
}
