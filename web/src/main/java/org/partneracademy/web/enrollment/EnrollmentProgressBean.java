package org.partneracademy.web.enrollment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.partneracademy.enrollment.CancellationTerms;
import org.partneracademy.enrollment.EnrollmentService;
import org.partneracademy.enrollment.EnrollmentStatus;
import org.partneracademy.enrollment.EnrollmentView;
import org.partneracademy.enrollment.ModuleProgressView;
import org.partneracademy.feedback.FeedbackRequest;
import org.partneracademy.feedback.FeedbackService;
import org.partneracademy.feedback.FeedbackView;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.session.SeatState;
import org.partneracademy.session.SessionFacts;
import org.partneracademy.session.SessionSchedule;
import org.partneracademy.web.shell.Messages;

/**
 * One enrollment: its modules, completing them, the completion date once all are done, and feedback;
 * for a session also where its approval and seat stand, accepting an offered seat, cancelling (with
 * its cost said first) and the calendar invite.
 */
@Named
@ViewScoped
public class EnrollmentProgressBean implements Serializable {

    @Inject
    EnrollmentService enrollmentService;

    @Inject
    FeedbackService feedbackService;

    @Inject
    SessionSchedule schedule;

    @Inject
    CancellationTerms cancellationTerms;

    private Long id;
    private EnrollmentView enrollment;
    private FeedbackView feedback;
    private Integer rating;
    private String comment;
    private SessionFacts session;
    private CancellationTerms.Terms terms;

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
            loadSession();
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

    /** Takes the seat offered from the waitlist; an offer that expired meanwhile is reported. */
    public void acceptOffer() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            enrollment = enrollmentService.acceptOffer(enrollment.id());
            Messages.info(facesContext, Messages.text(facesContext, "enrollment.offerAccepted"));
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
            enrollment = enrollmentService.myEnrollment(enrollment.id());
        }
        loadSession();
    }

    /** Cancels after the learner confirmed in the dialog, which said whether it is charged. */
    public void cancel() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            enrollment = enrollmentService.cancel(enrollment.id(), null);
            Messages.info(facesContext, Messages.text(facesContext, "enrollment.cancelled"));
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
            enrollment = enrollmentService.myEnrollment(enrollment.id());
        }
        loadSession();
    }

    private void loadSession() {
        if (enrollment.sessionId() == null) {
            session = null;
            terms = null;
            return;
        }
        session = schedule.facts(enrollment.sessionId());
        terms = isCancellable() ? cancellationTerms.of(enrollment.id()) : null;
    }

    /**
     * The state the learner reads: an active session enrollment by its seat (seated, offered,
     * waitlisted), anything else by the enrollment's status (pending approval, cancelled, ...).
     */
    public String getLearnerState() {
        if (enrollment.status() == EnrollmentStatus.ACTIVE && enrollment.seat() != null
                && !SeatState.RELEASED.name().equals(enrollment.seat().state())) {
            return enrollment.seat().state();
        }
        return enrollment.status().name();
    }

    public boolean isOffered() {
        return SeatState.OFFERED.name().equals(getLearnerState());
    }

    public boolean isSeated() {
        return SeatState.SEATED.name().equals(getLearnerState());
    }

    public boolean isCancellable() {
        var status = enrollment.status();
        return status == EnrollmentStatus.REQUESTED || status == EnrollmentStatus.PENDING_APPROVAL
                || status == EnrollmentStatus.ACTIVE;
    }

    public boolean isCancellationCharged() {
        return terms != null && terms.charged();
    }

    public Instant getFreeCancellationUntil() {
        return terms == null ? null : terms.freeUntil();
    }

    public SessionFacts getSession() {
        return session;
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
