package org.partneracademy.web.catalog;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partneracademy.feedback.CourseFeedbackReport;
import org.partneracademy.feedback.FeedbackService;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** The vendor admin reads one course's ratings and comments. */
@Named
@ViewScoped
public class CourseFeedbackBean implements Serializable {

    @Inject
    FeedbackService feedbackService;

    private Long courseId;
    private CourseFeedbackReport report;

    public void load() {
        var facesContext = FacesContext.getCurrentInstance();
        if (courseId == null) {
            facesContext.getExternalContext().setResponseStatus(404);
            facesContext.responseComplete();
            return;
        }
        try {
            report = feedbackService.courseFeedback(courseId);
        } catch (DomainException missing) {
            Messages.refused(facesContext, missing);
        }
    }

    public String getRounded() {
        return report == null || report.averageRating() == null ? ""
                : String.format(java.util.Locale.ROOT, "%.1f", report.averageRating());
    }

    public CourseFeedbackReport getReport() {
        return report;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }
}
