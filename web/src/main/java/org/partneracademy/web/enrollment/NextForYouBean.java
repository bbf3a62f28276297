package org.partneracademy.web.enrollment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.enrollment.EnrollmentRequest;
import org.partneracademy.enrollment.EnrollmentService;
import org.partneracademy.enrollment.SuggestionView;
import org.partneracademy.enrollment.Suggestions;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** "Next for you" on the catalog and on My learning: the suggested courses, and enrolling in one. */
@Named
@ViewScoped
public class NextForYouBean implements Serializable {

    @Inject
    Suggestions suggestions;

    @Inject
    EnrollmentService enrollmentService;

    private List<SuggestionView> next;

    @PostConstruct
    void load() {
        next = suggestions.nextForMe();
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
            load();
            return null;
        }
    }

    public List<SuggestionView> getSuggestions() {
        return next;
    }
}
