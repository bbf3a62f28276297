package org.partneracademy.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.partneracademy.catalog.CourseFormat;
import org.partneracademy.catalog.CourseService;
import org.partneracademy.catalog.CourseTrack;
import org.partneracademy.catalog.CourseView;
import org.partneracademy.catalog.NewCourse;
import org.partneracademy.feedback.FeedbackService;
import org.partneracademy.feedback.RatingSummary;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** The vendor admin's course list, the "new course" form with its modules, and publishing. */
@Named
@ViewScoped
public class CourseAdminBean implements Serializable {

    @Inject
    CourseService courseService;

    @Inject
    FeedbackService feedbackService;

    private List<CourseView> courses;
    private Map<Long, RatingSummary> ratings = Map.of();
    private List<String> brandChoices = List.of();

    private String code;
    private CourseContentForm form = CourseContentForm.blank();
    private BigDecimal listPrice;
    private String currency = "EUR";

    @PostConstruct
    void load() {
        courses = courseService.allCourses();
        brandChoices = courseService.brandCodes();
    }

    public void create() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var content = form.toDetails();
            var created = courseService.draft(new NewCourse(code, content.title(), content.description(),
                    content.format(), content.language(), listPrice, currency, content.modules(), content.track(),
                    content.audiencePositions(), content.audienceBrands()));
            Messages.info(facesContext, Messages.text(facesContext, "admin.course.created") + " " + created.code());
            resetForm();
            reloadCourses();
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
        reloadCourses();
    }

    /** The course's average rating and count, or null when nobody rated it. */
    public RatingSummary ratingOf(CourseView course) {
        if (ratings.isEmpty() && !courses.isEmpty()) {
            ratings = feedbackService.ratingsOf(courses.stream().map(CourseView::id).toList());
        }
        return ratings.get(course.id());
    }

    private void reloadCourses() {
        courses = courseService.allCourses();
        ratings = Map.of();
    }

    private void resetForm() {
        code = null;
        form = CourseContentForm.blank();
        listPrice = null;
        currency = "EUR";
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

    public CourseFormat[] getFormats() {
        return CourseFormat.values();
    }

    public List<CourseView> getCourses() {
        return courses;
    }

    public CourseContentForm getForm() {
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
}
