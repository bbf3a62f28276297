package org.partneracademy.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.partneracademy.catalog.CourseFormat;
import org.partneracademy.catalog.CourseService;
import org.partneracademy.catalog.CourseTrack;
import org.partneracademy.catalog.CourseView;
import org.partneracademy.catalog.NewCourse;
import org.partneracademy.catalog.NewModule;
import org.partneracademy.feedback.FeedbackService;
import org.partneracademy.feedback.RatingSummary;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** The vendor admin's course list, the "new course" form with its modules, and publishing. */
@Named
@ViewScoped
public class CourseAdminBean implements Serializable {

    /** One editable row of the module list; the form cannot bind to the immutable record. */
    public static class ModuleRow implements Serializable {
        private String title;
        private Integer durationMinutes;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Integer getDurationMinutes() {
            return durationMinutes;
        }

        public void setDurationMinutes(Integer durationMinutes) {
            this.durationMinutes = durationMinutes;
        }
    }

    @Inject
    CourseService courseService;

    @Inject
    FeedbackService feedbackService;

    private List<CourseView> courses;
    private Map<Long, RatingSummary> ratings = Map.of();

    private String code;
    private String title;
    private String description;
    private CourseFormat format = CourseFormat.SELF_PACED;
    private String language = "en";
    private BigDecimal listPrice;
    private String currency = "EUR";
    private List<ModuleRow> modules = new ArrayList<>();
    private CourseTrack track = CourseTrack.TECHNICAL;
    private Position[] positions = new Position[0];
    private String[] brands = new String[0];
    private List<String> brandChoices = List.of();

    @PostConstruct
    void load() {
        courses = courseService.allCourses();
        brandChoices = courseService.brandCodes();
        if (modules.isEmpty()) {
            addModule();
        }
    }

    public void addModule() {
        modules.add(new ModuleRow());
    }

    public void removeModule(ModuleRow row) {
        modules.remove(row);
    }

    public void create() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var created = courseService.draft(new NewCourse(code, title, description, format, language, listPrice, currency,
                    modules.stream().map(row -> new NewModule(row.getTitle(),
                            row.getDurationMinutes() == null ? 0 : row.getDurationMinutes())).toList(),
                    track, Arrays.asList(positions), Arrays.asList(brands)));
            Messages.info(facesContext, Messages.text(facesContext, "admin.course.created") + " " + created.code());
            resetForm();
            courses = courseService.allCourses();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public void publish(CourseView course) {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            courseService.publish(course.id());
            Messages.info(facesContext, Messages.text(facesContext, "admin.course.published") + " " + course.code());
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
        courses = courseService.allCourses();
    }

    private void resetForm() {
        code = null;
        title = null;
        description = null;
        format = CourseFormat.SELF_PACED;
        language = "en";
        listPrice = null;
        currency = "EUR";
        modules = new ArrayList<>();
        track = CourseTrack.TECHNICAL;
        positions = new Position[0];
        brands = new String[0];
        addModule();
    }

    /** The course's average rating and count, or null when nobody rated it. */
    public RatingSummary ratingOf(CourseView course) {
        if (ratings.isEmpty() && !courses.isEmpty()) {
            ratings = feedbackService.ratingsOf(courses.stream().map(CourseView::id).toList());
        }
        return ratings.get(course.id());
    }

    public CourseTrack[] getTracks() {
        return CourseTrack.values();
    }

    public List<Position> getPositionChoices() {
        return Position.atPartners();
    }

    public List<String> getBrandChoices() {
        return brandChoices;
    }

    public CourseTrack getTrack() {
        return track;
    }

    public void setTrack(CourseTrack track) {
        this.track = track;
    }

    public Position[] getPositions() {
        return positions;
    }

    public void setPositions(Position[] positions) {
        this.positions = positions;
    }

    public String[] getBrands() {
        return brands;
    }

    public void setBrands(String[] brands) {
        this.brands = brands;
    }

    public CourseFormat[] getFormats() {
        return CourseFormat.values();
    }

    public List<CourseView> getCourses() {
        return courses;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public void setFormat(CourseFormat format) {
        this.format = format;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public void setListPrice(BigDecimal listPrice) {
        this.listPrice = listPrice;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public List<ModuleRow> getModules() {
        return modules;
    }
}
