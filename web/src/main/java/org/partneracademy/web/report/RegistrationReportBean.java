package org.partneracademy.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.reporting.export.ExportFormat;
import org.partneracademy.reporting.report.RegistrationReport;
import org.partneracademy.reporting.report.RegistrationReportQuery;
import org.partneracademy.reporting.report.RegistrationReportRow;
import org.partneracademy.reporting.report.RegistrationReportTotal;
import org.partneracademy.reporting.report.RegistrationReports;
import org.partneracademy.reporting.report.ReportChoices;
import org.partneracademy.reporting.report.ReportChoices.Choice;
import org.partneracademy.web.shell.DatabasePagedModel;
import org.partneracademy.web.shell.Messages;
import org.partneracademy.web.shell.Suggestions;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.StreamedContent;

/**
 * The partner admin's registration report: the form's filters, the database-paged table and the totals.
 * Downloads are written straight to the response as they are read, chunk by chunk.
 */
@Named
@ViewScoped
public class RegistrationReportBean implements Serializable {

    /** The table's first page (its {@code rows}), read when the report is run. */
    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 25);

    @Inject
    RegistrationReports reports;

    private Long partnerId;
    private String period;
    private Long locationId;
    private Choice course;
    private Choice offering;
    private Long trainerId;
    private String learner;
    private Map<String, List<SelectItem>> menus;
    /**
     * The courses and offerings suggested for what the admin typed. The catalog is everyone's to filter
     * by, so an id not suggested in this view is simply refused: the user picks from the suggestions.
     */
    private final Suggestions<Choice> courses = new Suggestions<>(Choice::id, id -> Optional.empty(), "report.pickCourse");
    private final Suggestions<Choice> offerings = new Suggestions<>(Choice::id, id -> Optional.empty(), "report.pickOffering");
    private List<RegistrationReportTotal> totals = List.of();
    private RegistrationReportQuery shown;
    /** The shown report's first page, read with its totals; the table shows it without asking again. */
    private List<RegistrationReportRow> firstRows;

    private final DatabasePagedModel<RegistrationReportRow> rows = new DatabasePagedModel<>() {
        /** The totals count the report: the table need not ask the database again. */
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) RegistrationReport.count(totals);
        }

        @Override
        protected Page<RegistrationReportRow> fetch(PageRequest page, String sortField, boolean descending) {
            if (shown == null) {
                return Page.of(List.of(), 0, page);
            }
            long count = RegistrationReport.count(totals);
            if (firstRows != null && page.equals(FIRST_PAGE)) {
                return Page.of(firstRows, count, page);
            }
            return reports.rows(shown, page, count);
        }

        @Override
        protected String keyOf(RegistrationReportRow row) {
            return String.valueOf(row.registrationId());
        }
    };

    @PostConstruct
    void open() {
        partnerId = reports.ownPartner();
        period = reports.lastEndedPeriod();
    }

    /**
     * The page's view action: shows the report at once, of the period its address names
     * ({@code ?period=yyyy-MM}, so a report can be bookmarked or linked to) or else of the last period that
     * has ended. Run before the page renders, so that a bad period's message shows.
     */
    public void show() {
        if (partnerId != null) {
            run();
        }
    }

    /**
     * Shows the report for the form's period and filters: its totals and the table's first page, read
     * together; the table then pages through the rest.
     */
    public void run() {
        var context = FacesContext.getCurrentInstance();
        var query = query();
        try {
            var report = reports.run(query, FIRST_PAGE);
            totals = report.totals();
            firstRows = report.rows().items();
            shown = query;
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(context, invalid);
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
    }

    public int getTableRows() {
        return FIRST_PAGE.size();
    }

    public List<RegistrationReportTotal> getTotals() {
        return totals;
    }

    public StreamedContent getCsv() {
        return download(ExportFormat.CSV);
    }

    public StreamedContent getXlsx() {
        return download(ExportFormat.XLSX);
    }

    public StreamedContent getPdf() {
        return download(ExportFormat.PDF);
    }

    private StreamedContent download(ExportFormat format) {
        var query = shown != null ? shown : query();
        return DefaultStreamedContent.builder()
                .name("registrations-" + query.partnerId() + "-" + query.period() + "." + format.extension())
                .contentType(format.mediaType())
                .writer(out -> reports.export(query, format, out))
                .build();
    }

    private RegistrationReportQuery query() {
        return new RegistrationReportQuery(partnerId, period == null ? null : period.strip(), locationId, idOf(course),
                idOf(offering), trainerId, learner);
    }

    private static Long idOf(Choice choice) {
        return choice == null ? null : choice.id();
    }

    public DatabasePagedModel<RegistrationReportRow> getRows() {
        return rows;
    }

    /**
     * The form's menus (the partner's locations and trainers), read once per view when the form first
     * renders, as ready-made select items: a menu goes through every item on each render (to find the
     * chosen one's label), which costs an expression evaluation per label and value otherwise.
     */
    public Map<String, List<SelectItem>> getMenus() {
        if (menus == null) {
            var choices = partnerId == null ? new ReportChoices(List.of(), List.of()) : reports.choices(partnerId);
            menus = Map.of("locations", items(choices.locations()), "trainers", items(choices.trainers()));
        }
        return menus;
    }

    private static List<SelectItem> items(List<Choice> choices) {
        return choices.stream().map(c -> new SelectItem(c.id(), c.label())).toList();
    }

    /** The catalog's courses whose code or title contains what the admin typed. */
    public List<Choice> completeCourse(String text) {
        return suggest(courses, () -> reports.courseSuggestions(partnerId, text));
    }

    /** The catalog's offerings of the courses whose code or title contains what the admin typed. */
    public List<Choice> completeOffering(String text) {
        return suggest(offerings, () -> reports.offeringSuggestions(partnerId, text));
    }

    private List<Choice> suggest(Suggestions<Choice> offered, Supplier<List<Choice>> search) {
        if (partnerId == null) {
            return List.of();
        }
        try {
            return offered.offer(search.get());
        } catch (ConstraintViolationException tooLong) {
            // Only a forged request gets here: the field's maxlength keeps typed text within the limit.
            return List.of();
        }
    }

    public Converter<Choice> getCourseConverter() {
        return courses;
    }

    public Converter<Choice> getOfferingConverter() {
        return offerings;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public Choice getCourse() {
        return course;
    }

    public void setCourse(Choice course) {
        this.course = course;
    }

    public Choice getOffering() {
        return offering;
    }

    public void setOffering(Choice offering) {
        this.offering = offering;
    }

    public String getLearner() {
        return learner;
    }

    public void setLearner(String learner) {
        this.learner = learner;
    }

    public Long getTrainerId() {
        return trainerId;
    }

    public void setTrainerId(Long trainerId) {
        this.trainerId = trainerId;
    }
}
