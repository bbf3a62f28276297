package org.partneracademy.web.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partneracademy.assessment.AttemptSummary;
import org.partneracademy.assessment.GradeInput;
import org.partneracademy.assessment.GradingSheet;
import org.partneracademy.assessment.Gradings;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** The grading queue: attempts waiting for a person, and the sheet of the one being graded. */
@Named
@ViewScoped
public class GradingBean implements Serializable {

    @Inject
    Gradings gradings;

    private List<AttemptSummary> waiting;
    private GradingSheet sheet;
    private final Map<Integer, BigDecimal> points = new HashMap<>();
    private final Map<Integer, String> comments = new HashMap<>();

    @PostConstruct
    void load() {
        waiting = gradings.waiting();
    }

    public void open(long attemptId) {
        try {
            sheet = gradings.sheet(attemptId);
            points.clear();
            comments.clear();
        } catch (DomainException refused) {
            Messages.refused(FacesContext.getCurrentInstance(), refused);
        }
    }

    public void grade() {
        var facesContext = FacesContext.getCurrentInstance();
        var grades = sheet.items().stream().filter(GradingSheet.Item::toGrade)
                .map(i -> new GradeInput.QuestionGrade(i.position(), points.get(i.position()), comments.get(i.position())))
                .toList();
        try {
            var graded = gradings.grade(sheet.attempt().id(), new GradeInput(grades));
            Messages.info(facesContext, Messages.format(facesContext, "grading.done", graded.learnerName(),
                    graded.scorePercent(), Messages.text(facesContext, Boolean.TRUE.equals(graded.passed())
                            ? "attempt.passed" : "attempt.failed")));
            sheet = null;
            load();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public List<AttemptSummary> getWaiting() {
        return waiting;
    }

    public GradingSheet getSheet() {
        return sheet;
    }

    public Map<Integer, BigDecimal> getPoints() {
        return points;
    }

    public Map<Integer, String> getComments() {
        return comments;
    }
}
