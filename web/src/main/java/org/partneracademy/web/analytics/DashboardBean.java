package org.partneracademy.web.analytics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partneracademy.analytics.CourseFigures;
import org.partneracademy.analytics.MonthFigures;
import org.partneracademy.analytics.PartnerFigures;
import org.partneracademy.analytics.ProgressDashboard;
import org.partneracademy.analytics.ProgressReport;
import org.partneracademy.web.shell.Messages;

/** The vendor admin's progress dashboard: three charts, each with its figures as a table beside it. */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    @Inject
    ProgressDashboard dashboard;

    private ProgressReport report;
    private String monthsChart;
    private String partnersChart;
    private String coursesChart;

    @PostConstruct
    void load() {
        var context = FacesContext.getCurrentInstance();
        report = dashboard.progress();
        var enrollments = Messages.text(context, "dashboard.enrollments");
        var completions = Messages.text(context, "dashboard.completions");
        monthsChart = ChartJson.bar(Messages.text(context, "dashboard.perMonth"),
                report.months().stream().map(MonthFigures::month).toList(), false, null,
                new ChartJson.Series(enrollments, ChartJson.BLUE, report.months().stream().map(MonthFigures::enrollments).toList()),
                new ChartJson.Series(completions, ChartJson.GREEN, report.months().stream().map(MonthFigures::completions).toList()));
        partnersChart = ChartJson.bar(Messages.text(context, "dashboard.byPartner"),
                report.partners().stream().map(PartnerFigures::partnerName).toList(), true, null,
                new ChartJson.Series(enrollments, ChartJson.BLUE, report.partners().stream().map(PartnerFigures::enrollments).toList()),
                new ChartJson.Series(completions, ChartJson.GREEN, report.partners().stream().map(PartnerFigures::completions).toList()));
        coursesChart = ChartJson.bar(Messages.text(context, "dashboard.completionRate"),
                report.courses().stream().map(CourseFigures::courseCode).toList(), false, 100,
                new ChartJson.Series(Messages.text(context, "dashboard.rate"), ChartJson.GREEN,
                        report.courses().stream().map(CourseFigures::completionRate).toList()));
    }

    public ProgressReport getReport() {
        return report;
    }

    public String getMonthsChart() {
        return monthsChart;
    }

    public String getPartnersChart() {
        return partnersChart;
    }

    public String getCoursesChart() {
        return coursesChart;
    }
}
