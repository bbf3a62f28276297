package org.partneracademy.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.reporting.close.NewStatementRun;
import org.partneracademy.reporting.close.StatementClose;
import org.partneracademy.reporting.close.StatementRunView;
import org.partneracademy.web.shell.Messages;

/**
 * The period close page of the vendor admin and the finance role: start a close (it returns at once;
 * the statements are issued in the background) and watch the runs' progress, which the page polls while
 * any run is still issuing, so nothing ever blocks.
 */
@Named
@ViewScoped
public class StatementRunsBean implements Serializable {

    @Inject
    StatementClose close;

    private String period;
    private List<StatementRunView> runs;

    @PostConstruct
    void load() {
        if (period == null) {
            period = YearMonth.from(LocalDate.now(ZoneOffset.UTC)).minusMonths(1).toString();
        }
        runs = close.runs(null);
    }

    public void start() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var run = close.start(new NewStatementRun(period));
            Messages.info(facesContext, Messages.text(facesContext, "statementRuns.started") + " " + run.period());
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
        runs = close.runs(null);
    }

    /** Called by the poll: fresh progress. */
    public void refresh() {
        runs = close.runs(null);
    }

    /** Whether a run is still issuing, so the page keeps polling. */
    public boolean isIssuing() {
        return runs.stream().anyMatch(run -> !run.finished());
    }

    public List<StatementRunView> getRuns() {
        return runs;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
