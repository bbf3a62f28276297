package org.partneracademy.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.partneracademy.catalog.CourseService;
import org.partneracademy.catalog.CourseView;
import org.partneracademy.enrollment.EnrollmentRequest;
import org.partneracademy.enrollment.EnrollmentService;
import org.partneracademy.enrollment.EnrollmentView;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

@Named
@ViewScoped
public class CatalogBean implements Serializable {

    @Inject
    CourseService courseService;

    @Inject
    EnrollmentService enrollmentService;

    private List<CourseView> courses;
    private Set<Long> enrolledCourseIds;

    @PostConstruct
    void load() {
        courses = courseService.publishedCatalog();
        enrolledCourseIds = enrollmentService.myEnrollments().stream()
                .map(EnrollmentView::courseId).collect(Collectors.toSet());
    }

    public String enroll(CourseView course) {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var enrollment = enrollmentService.enroll(new EnrollmentRequest(course.id()));
            facesContext.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(facesContext, Messages.text(facesContext, "catalog.enrolled") + " " + course.title());
            return "/learning/enrollment.xhtml?faces-redirect=true&id=" + enrollment.id();
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
            load();
            return null;
        }
    }

    public boolean isEnrolled(CourseView course) {
        return enrolledCourseIds.contains(course.id());
    }

    public List<CourseView> getCourses() {
        return courses;
    }
}
