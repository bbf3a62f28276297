package org.partneracademy.web.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.assessment.ExamService;
import org.partneracademy.assessment.ExamView;
import org.partneracademy.path.LearningPathService;
import org.partneracademy.path.PathView;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** The vendor admin's exams: the list, and a form that creates a draft and opens it. */
@Named
@ViewScoped
public class ExamsBean implements Serializable {

    @Inject
    ExamService examService;

    @Inject
    LearningPathService pathService;

    private List<ExamView> exams;
    private List<PathView> paths;
    private ExamForm form = new ExamForm();

    @PostConstruct
    void load() {
        exams = examService.exams();
    }

    public String create() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var created = examService.create(form.input());
            return "/admin/exam?faces-redirect=true&id=" + created.id();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
        return null;
    }

    public List<ExamView> getExams() {
        return exams;
    }

    public ExamForm getForm() {
        return form;
    }

    /** The learning paths a pre-assessment can open. */
    public List<PathView> getPaths() {
        if (paths == null) {
            paths = pathService.paths();
        }
        return paths;
    }
}
