package org.partneracademy.web.enrollment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partneracademy.enrollment.EnrollmentService;
import org.partneracademy.enrollment.EnrollmentView;
import org.partneracademy.enrollment.ModuleProgressView;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** One enrollment: its modules, completing them, and the completion date once all are done. */
@Named
@ViewScoped
public class EnrollmentProgressBean implements Serializable {

    @Inject
    EnrollmentService enrollmentService;

    private Long id;
    private EnrollmentView enrollment;

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
