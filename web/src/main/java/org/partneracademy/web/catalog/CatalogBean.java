package org.partneracademy.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partneracademy.catalog.CatalogSearch;
import org.partneracademy.catalog.CourseFormat;
import org.partneracademy.catalog.CourseService;
import org.partneracademy.catalog.CourseTrack;
import org.partneracademy.catalog.CourseView;
import org.partneracademy.enrollment.EnrollmentRequest;
import org.partneracademy.enrollment.EnrollmentService;
import org.partneracademy.enrollment.EnrollmentView;
import org.partneracademy.feedback.FeedbackService;
import org.partneracademy.feedback.RatingSummary;
import org.partneracademy.partner.PeopleService;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.web.shell.DatabasePagedModel;
import org.partneracademy.web.shell.Messages;

/** The learner's catalog: search and filters over a database-paged table, and enrolling. */
@Named
@ViewScoped
public class CatalogBean implements Serializable {

    @Inject
    CourseService courseService;

    @Inject
    EnrollmentService enrollmentService;

    @Inject
    FeedbackService feedbackService;

    @Inject
    PeopleService peopleService;

    private String text;
    private CourseFormat format;
    private String language;
    private CourseTrack track;
    private boolean forMyPosition;
    private Position myPosition;
    private List<String> languages;
    private Set<Long> enrolledCourseIds;
    private final Map<Long, RatingSummary> ratings = new HashMap<>();

    private final DatabasePagedModel<CourseView> courses = new DatabasePagedModel<>() {
        @Override
        protected Page<CourseView> fetch(PageRequest page, String sortField, boolean descending) {
            try {
                var found = courseService.searchCatalog(search(page));
                ratings.putAll(feedbackService.ratingsOf(found.items().stream().map(CourseView::id).toList()));
                return found;
            } catch (ConstraintViolationException invalid) {
                // search() has reported the field; the table shows nothing rather than failing the page.
                return Page.of(List.of(), 0, page);
            }
        }

        @Override
        protected String keyOf(CourseView course) {
            return String.valueOf(course.id());
        }
    };

    @PostConstruct
    void load() {
        languages = courseService.catalogLanguages();
        myPosition = peopleService.myProfile().position();
        reloadMine();
    }

    /** Applies the search fields; the table starts again at its first page (see the page's resetTable). */
    public void search() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            // Checks the fields now, so a bad one is reported once instead of by every page load.
            courseService.searchCatalog(search(PageRequest.of(0, 1)));
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        }
    }

    public void clear() {
        text = null;
        format = null;
        language = null;
        track = null;
        forMyPosition = false;
    }

    private CatalogSearch search(PageRequest page) {
        return new CatalogSearch(text, format, language, track, forMyPosition ? myPosition : null, page);
    }

    public String enroll(long courseId, String courseTitle) {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var enrollment = enrollmentService.enroll(new EnrollmentRequest(courseId, null));
            facesContext.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(facesContext, Messages.text(facesContext, "catalog.enrolled") + " " + courseTitle);
            return "/learning/enrollment.xhtml?faces-redirect=true&id=" + enrollment.id();
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
            reloadMine();
            return null;
        }
    }

    private void reloadMine() {
        enrolledCourseIds = enrollmentService.myEnrollments().stream()
                .map(EnrollmentView::courseId).collect(Collectors.toSet());
    }

    /** Whether any search field is set: an empty table then means "nothing matches", not "nothing published". */
    public boolean isSearching() {
        return (text != null && !text.isBlank()) || format != null || (language != null && !language.isBlank())
                || track != null || forMyPosition;
    }

    public boolean isEnrolled(CourseView course) {
        return enrolledCourseIds.contains(course.id());
    }

    public RatingSummary ratingOf(CourseView course) {
        return ratings.get(course.id());
    }

    public DatabasePagedModel<CourseView> getCourses() {
        return courses;
    }

    public CourseTrack[] getTracks() {
        return CourseTrack.values();
    }

    public CourseTrack getTrack() {
        return track;
    }

    public void setTrack(CourseTrack track) {
        this.track = track;
    }

    /** Whether the "meant for my position" filter is offered: people at partners have a position. */
    public boolean isPositionKnown() {
        return myPosition != null;
    }

    public boolean isForMyPosition() {
        return forMyPosition;
    }

    public void setForMyPosition(boolean forMyPosition) {
        this.forMyPosition = forMyPosition;
    }

    public CourseFormat[] getFormats() {
        return CourseFormat.values();
    }

    public List<String> getLanguages() {
        return languages;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
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
}
