package org.partneracademy.reporting.report;

import java.util.List;
import org.partneracademy.platform.paging.Page;

/** A screen of a registration report: one page of its rows and the totals of the whole report per currency. */
public record RegistrationReport(Page<RegistrationReportRow> rows, List<RegistrationReportTotal> totals) {

    public RegistrationReport {
        totals = List.copyOf(totals);
    }

    /** How many registrations the whole report holds: the sum of the per-currency counts. */
    public static long count(List<RegistrationReportTotal> totals) {
        return totals.stream().mapToLong(RegistrationReportTotal::registrations).sum();
    }
}
