package org.partneracademy.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.reporting.report.RegistrationReports;
import org.partneracademy.reporting.report.StatementSummary;
import org.partneracademy.reporting.report.StatementViews;
import org.partneracademy.web.shell.Messages;

/** The partner admin's statements: all periods, or one period when the form names it. */
@Named
@ViewScoped
public class PartnerStatementsBean implements Serializable {

    @Inject
    StatementViews statements;

    @Inject
    RegistrationReports reports;

    private Long partnerId;
    private String period;
    private List<StatementSummary> shown = List.of();

    @PostConstruct
    void open() {
        partnerId = reports.ownPartner();
        search();
    }

    public void search() {
        if (partnerId == null) {
            return;
        }
        try {
            shown = statements.ofPartner(partnerId, period == null || period.isBlank() ? null : period.strip());
        } catch (DomainException refused) {
            Messages.refused(FacesContext.getCurrentInstance(), refused);
        }
    }

    public List<StatementSummary> getStatements() {
        return shown;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
