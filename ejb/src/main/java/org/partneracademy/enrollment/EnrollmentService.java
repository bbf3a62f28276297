package org.partneracademy.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.partneracademy.catalog.Course;
import org.partneracademy.enrollment.workflow.EnrollmentProcess;
import org.partneracademy.partner.PeopleService;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.persistence.UniqueKeyViolation;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * A learner's own enrollments: enrolling, progressing through modules, and reading them back. Every
 * read and write is scoped to the signed-in learner in the query itself; someone else's enrollment id
 * is reported as not found.
 */
@Stateless
@RolesAllowed(Role.Names.LEARNER)
public class EnrollmentService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PeopleService people;

    @Inject
    EnrollmentProcess enrollmentProcess;

    @Inject
    Registrations registrations;

    private final Clock clock = Clock.systemUTC();

    /**
     * Enrolls the signed-in learner and starts the enrollment process, which records the registration
     * in this same transaction: either both exist afterwards or neither does.
     */
    public EnrollmentView enroll(@NotNull @Valid EnrollmentRequest request) {
        var course = em.find(Course.class, request.courseId());
        if (course == null || !course.isPublished()) {
            throw new NotFoundException("Course", request.courseId());
        }
        var learner = people.me();
        if (hasOpenEnrollment(learner.getId(), course.getId())) {
            throw alreadyEnrolled(course);
        }
        var enrollment = Enrollment.selfPaced(learner, course, clock.instant());
        try {
            em.persist(enrollment);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                // A simultaneous request won the race for the unique key (double click, two tabs).
                throw alreadyEnrolled(course);
            }
            throw e;
        }
        enrollmentProcess.start(enrollment.getId());
        return EnrollmentView.of(enrollment);
    }

    public List<EnrollmentView> myEnrollments() {
        return em.createQuery("""
                select e from Enrollment e join fetch e.course
                where e.learner.username = :username order by e.enrolledAt desc""", Enrollment.class)
                .setParameter("username", currentUser.username())
                .getResultList().stream().map(EnrollmentView::of).toList();
    }

    public EnrollmentView myEnrollment(long enrollmentId) {
        return EnrollmentView.of(mine(enrollmentId));
    }

    /** Marks a module done; finishing the last one completes the enrollment and tells its process. */
    public EnrollmentView completeModule(long enrollmentId, long moduleId) {
        var enrollment = mine(enrollmentId);
        if (enrollment.completeModule(moduleId, clock.instant())) {
            enrollmentProcess.courseCompleted(enrollment.getId(), currentUser.username());
        }
        return EnrollmentView.of(enrollment);
    }

    public RegistrationView registrationOfMyEnrollment(long enrollmentId) {
        var enrollment = mine(enrollmentId);
        return registrations.ofEnrollment(enrollment.getId())
                .map(RegistrationView::of)
                .orElseThrow(() -> new NotFoundException("Registration of enrollment", enrollmentId));
    }

    private Enrollment mine(long enrollmentId) {
        return em.createQuery("""
                select e from Enrollment e join fetch e.course
                where e.id = :id and e.learner.username = :username""", Enrollment.class)
                .setParameter("id", enrollmentId)
                .setParameter("username", currentUser.username())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
    }

    private boolean hasOpenEnrollment(long learnerId, long courseId) {
        return !em.createQuery("""
                select e.id from Enrollment e
                where e.learner.id = :learner and e.course.id = :course and e.status <> :cancelled""", Long.class)
                .setParameter("learner", learnerId)
                .setParameter("course", courseId)
                .setParameter("cancelled", EnrollmentStatus.CANCELLED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static ConflictException alreadyEnrolled(Course course) {
        return new ConflictException("You are already enrolled in " + course.getCode());
    }
}
