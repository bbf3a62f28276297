package org.partneracademy.web.trainer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.trainer.authorisation.AuthorisationService;
import org.partneracademy.trainer.authorisation.AuthorisationView;
import org.partneracademy.trainer.authorisation.Choice;
import org.partneracademy.trainer.authorisation.GrantRequest;
import org.partneracademy.web.shell.Messages;

/** The vendor admin's direct grants (admin/trainer-authorisations.xhtml): onboarding existing instructors. */
@Named
@ViewScoped
public class DirectGrantBean implements Serializable {

    @Inject
    AuthorisationService authorisations;

    private List<Choice> trainers = List.of();
    private List<Choice> courses = List.of();
    private List<AuthorisationView> list = List.of();
    private Long trainerId;
    private Long courseId;
    private String reason;

    @PostConstruct
    void load() {
        trainers = authorisations.trainerChoices();
        courses = authorisations.courseChoices();
        list = authorisations.list(null, null, null);
    }

    public void grant() {
        var context = FacesContext.getCurrentInstance();
        try {
            var granted = authorisations.grant(new GrantRequest(trainerId, courseId, reason));
            Messages.info(context, Messages.format(context, "authorisation.granted", granted.trainerName(),
                    granted.courseCode(), granted.expiresAt().toString()));
            trainerId = null;
            courseId = null;
            reason = null;
            list = authorisations.list(null, null, null);
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(context, invalid);
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
    }

    public List<Choice> getTrainers() {
        return trainers;
    }

    public List<Choice> getCourses() {
        return courses;
    }

    public List<AuthorisationView> getAuthorisations() {
        return list;
    }

    public Long getTrainerId() {
        return trainerId;
    }

    public void setTrainerId(Long trainerId) {
        this.trainerId = trainerId;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
