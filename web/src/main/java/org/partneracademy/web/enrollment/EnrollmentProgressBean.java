package org.partneracademy.web.enrollment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.enrollment.EnrollmentService;
import org.partneracademy.enrollment.EnrollmentView;
import org.partneracademy.enrollment.ModuleProgressView;
import org.partneracademy.feedback.FeedbackRequest;
import org.partneracademy.feedback.FeedbackService;
import org.partneracademy.feedback.FeedbackView;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** One enrollment: its modules, completing them, the completion date once all are done, and feedback. */
@Named
@ViewScoped
public class EnrollmentProgressBean implements Serializable {

    @Inject
    EnrollmentService enrollmentService;

    @Inject
    FeedbackService feedbackService;

    private Long id;
    private EnrollmentView enrollment;
    private FeedbackView feedback;
    private Integer rating;
    private String comment;

    /** Called by the view action with the id from the URL; someone else's id is "not found". */
    public void load() {
        var facesContext = FacesContext.getCurrentInstance();
        if (id == null) {
            facesContext.getExternalContext().setResponseStatus(404);
            facesContext.responseComplete();
            return;
        }
        try {
            enrollment = enrollmentService.myEnrollment(id);
            feedback = feedbackService.myFeedback(id).orElse(null);
            if (feedback != null) {
                rating = feedback.rating();
                comment = feedback.comment();
            }
        } catch (DomainException notMine) {
            Messages.refused(facesContext, notMine);
        }
    }

    public void complete(ModuleProgressView module) {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            boolean wasCompleted = enrollment.completedAt() != null;
            enrollment = enrollmentService.completeModule(enrollment.id(), module.moduleId());
            if (!wasCompleted && enrollment.completedAt() != null) {
                Messages.info(facesContext, Messages.text(facesContext, "learning.course.completed"));
            }
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    /** Saves the learner's rating and comment; saving again replaces them. */
    public void saveFeedback() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            feedback = feedbackService.giveFeedback(enrollment.id(), new FeedbackRequest(rating, comment));
            Messages.info(facesContext, Messages.text(facesContext, "feedback.saved"));
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public List<Integer> getRatings() {
        return List.of(5, 4, 3, 2, 1);
    }

    public FeedbackView getFeedback() {
        return feedback;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EnrollmentView getEnrollment() {
        return enrollment;
    }
}
