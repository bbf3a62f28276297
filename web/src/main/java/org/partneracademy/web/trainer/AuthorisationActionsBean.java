package org.partneracademy.web.trainer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.trainer.AuthorisationStatus;
import org.partneracademy.trainer.authorisation.AuthorisationService;
import org.partneracademy.trainer.authorisation.AuthorisationView;
import org.partneracademy.trainer.authorisation.ReasonRequest;
import org.partneracademy.web.shell.Messages;

/**
 * Every authorisation with its audit trail, and suspending, reinstating or revoking one with a reason
 * (leader/authorisations.xhtml; the service refuses a leader from the trainer's own partner).
 */
@Named
@ViewScoped
public class AuthorisationActionsBean implements Serializable {

    @Inject
    AuthorisationService authorisations;

    private String courseCode;
    private AuthorisationStatus status;
    private List<AuthorisationView> list = List.of();
    private AuthorisationView selected;
    private String reason;

    @PostConstruct
    void load() {
        filter();
    }

    public void filter() {
        list = authorisations.list(null, courseCode == null || courseCode.isBlank() ? null : courseCode.strip(), status);
    }

    public void select(long id) {
        selected = authorisations.authorisation(id);
        reason = null;
    }

    public void suspend() {
        act(authorisations::suspend, "authorisation.suspended");
    }

    public void reinstate() {
        act(authorisations::reinstate, "authorisation.reinstated");
    }

    public void revoke() {
        act(authorisations::revoke, "authorisation.revoked");
    }

    private void act(BiFunction<Long, ReasonRequest, AuthorisationView> action, String messageKey) {
        var context = FacesContext.getCurrentInstance();
        try {
            selected = action.apply(selected.id(), new ReasonRequest(reason));
            Messages.info(context, Messages.format(context, messageKey, selected.trainerName(), selected.courseCode()));
            reason = null;
            filter();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(context, invalid);
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
    }

    public List<AuthorisationStatus> getStatuses() {
        return Arrays.asList(AuthorisationStatus.values());
    }

    public List<AuthorisationView> getAuthorisations() {
        return list;
    }

    public AuthorisationView getSelected() {
        return selected;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public AuthorisationStatus getStatus() {
        return status;
    }

    public void setStatus(AuthorisationStatus status) {
        this.status = status;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
