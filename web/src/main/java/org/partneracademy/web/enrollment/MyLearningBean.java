package org.partneracademy.web.enrollment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.enrollment.EnrollmentService;
import org.partneracademy.enrollment.EnrollmentView;

@Named
@ViewScoped
public class MyLearningBean implements Serializable {

    @Inject
    EnrollmentService enrollmentService;

    private List<EnrollmentView> enrollments;

    @PostConstruct
    void load() {
        enrollments = enrollmentService.myEnrollments();
    }

    public List<EnrollmentView> getEnrollments() {
        return enrollments;
    }
}
