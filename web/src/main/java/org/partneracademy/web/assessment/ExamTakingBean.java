package org.partneracademy.web.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.assessment.AttemptService;
import org.partneracademy.assessment.AttemptView;
import org.partneracademy.assessment.ExamService;
import org.partneracademy.assessment.LearnerExamView;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.web.shell.Messages;

/**
 * Taking an exam: its rules and a start button, or the attempt in progress (resumed) with its questions,
 * the time left, saving answers and submitting. The server refuses anything after the deadline.
 */
@Named
@ViewScoped
public class ExamTakingBean implements Serializable {

    @Inject
    ExamService examService;

    @Inject
    AttemptService attemptService;

    private Long exam;
    private LearnerExamView details;
    private AttemptView attempt;
    private List<QuestionForm> questions = List.of();

    /** View action: the published exam of the URL, and the attempt in progress if there is one. */
    public void load() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            details = exam == null ? null : examService.publishedExam(exam);
        } catch (NotFoundException e) {
            details = null;
        }
        if (details == null) {
            facesContext.getExternalContext().setResponseStatus(404);
            return;
        }
        if (details.attemptInProgress() != null) {
            show(attemptService.attempt(details.attemptInProgress()));
        }
    }

    public void start() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            show(attemptService.start(exam).attempt());
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    /** Saves every answer given; returns false (with messages) when one is refused. */
    public boolean save() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            for (var form : questions) {
                var answer = form.answer();
                if (answer != null) {
                    attemptService.answer(attempt.id(), form.getQuestion().position(), answer);
                }
            }
            show(attemptService.attempt(attempt.id()));
            Messages.info(facesContext, Messages.text(facesContext, "exam.saved"));
            return true;
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
            return false;
        }
    }

    /** Saves, submits and shows the result. */
    public String submit() {
        var facesContext = FacesContext.getCurrentInstance();
        if (!save()) {
            return null;
        }
        try {
            var submitted = attemptService.submit(attempt.id());
            return "/learning/attempt?faces-redirect=true&id=" + submitted.id();
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
            return null;
        }
    }

    private void show(AttemptView view) {
        attempt = view;
        questions = view.questions().stream().map(QuestionForm::new).toList();
    }

    public Long getExam() {
        return exam;
    }

    public void setExam(Long exam) {
        this.exam = exam;
    }

    public LearnerExamView getDetails() {
        return details;
    }

    public AttemptView getAttempt() {
        return attempt;
    }

    public List<QuestionForm> getQuestions() {
        return questions;
    }
}
