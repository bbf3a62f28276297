package org.partneracademy.web.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.assessment.ExamService;
import org.partneracademy.assessment.LearnerExamView;

/** "My exams": the published exams and where the learner stands with each. */
@Named
@ViewScoped
public class MyExamsBean implements Serializable {

    @Inject
    ExamService examService;

    private List<LearnerExamView> exams;

    @PostConstruct
    void load() {
        exams = examService.publishedForMe();
    }

    public List<LearnerExamView> getExams() {
        return exams;
    }
}
