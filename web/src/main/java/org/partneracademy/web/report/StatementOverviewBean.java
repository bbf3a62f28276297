package org.partneracademy.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.reporting.report.RegistrationReports;
import org.partneracademy.reporting.report.StatementSummary;
import org.partneracademy.reporting.report.StatementViews;
import org.partneracademy.reporting.report.VendorOverview;
import org.partneracademy.web.shell.DatabasePagedModel;
import org.partneracademy.web.shell.Messages;

/** The vendor's overview of a period: totals by model and currency, and every partner's statement, paged. */
@Named
@ViewScoped
public class StatementOverviewBean implements Serializable {

    @Inject
    StatementViews statements;

    @Inject
    RegistrationReports reports;

    private String period;
    private String shownPeriod;
    private VendorOverview overview;

    private final DatabasePagedModel<StatementSummary> list = new DatabasePagedModel<>() {
        @Override
        protected Page<StatementSummary> fetch(PageRequest page, String sortField, boolean descending) {
            return shownPeriod == null ? Page.of(List.of(), 0, page) : statements.allOf(shownPeriod, page);
        }

        @Override
        protected String keyOf(StatementSummary row) {
            return String.valueOf(row.id());
        }
    };

    @PostConstruct
    void open() {
        period = reports.lastEndedPeriod();
        show();
    }

    public void show() {
        try {
            overview = statements.overview(period == null ? "" : period.strip());
            shownPeriod = overview.period();
        } catch (DomainException refused) {
            Messages.refused(FacesContext.getCurrentInstance(), refused);
        }
    }

    public VendorOverview getOverview() {
        return overview;
    }

    public DatabasePagedModel<StatementSummary> getList() {
        return list;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
