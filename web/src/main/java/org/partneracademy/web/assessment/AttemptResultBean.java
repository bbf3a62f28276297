package org.partneracademy.web.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partneracademy.assessment.AttemptService;
import org.partneracademy.assessment.AttemptView;
import org.partneracademy.platform.error.NotFoundException;

/** The result of one of my attempts: score, passed or failed, points per question, when a retake is allowed. */
@Named
@ViewScoped
public class AttemptResultBean implements Serializable {

    @Inject
    AttemptService attemptService;

    private Long id;
    private AttemptView attempt;

    public void load() {
        try {
            attempt = id == null ? null : attemptService.attempt(id);
        } catch (NotFoundException e) {
            attempt = null;
        }
        if (attempt == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AttemptView getAttempt() {
        return attempt;
    }
}
