package org.partneracademy.web.statistics;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.partneracademy.assessment.statistics.ExamStatistics;
import org.partneracademy.assessment.statistics.ExamStatisticsService;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** The item statistics page of one exam (vendor admin). */
@Named
@ViewScoped
public class ExamStatisticsBean implements Serializable {

    @Inject
    ExamStatisticsService service;

    private Long examId;
    private ExamStatistics statistics;

    public void load() {
        var facesContext = FacesContext.getCurrentInstance();
        if (examId == null) {
            facesContext.getExternalContext().setResponseStatus(404);
            facesContext.responseComplete();
            return;
        }
        try {
            statistics = service.statistics(examId);
        } catch (DomainException missing) {
            Messages.refused(facesContext, missing);
        }
    }

    /** A ratio 0..1 as a whole percentage, or a dash when there is none. */
    public String percent(Double ratio) {
        return ratio == null ? "–" : String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }

    /** A correlation or index with two decimals, or a dash. */
    public String figure(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    public ExamStatistics getStatistics() {
        return statistics;
    }

    public Long getExamId() {
        return examId;
    }

    public void setExamId(Long examId) {
        this.examId = examId;
    }
}
