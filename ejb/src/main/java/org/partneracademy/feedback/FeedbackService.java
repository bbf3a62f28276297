package org.partneracademy.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partneracademy.catalog.Course;
import org.partneracademy.enrollment.Enrollment;
import org.partneracademy.enrollment.EnrollmentStatus;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.persistence.UniqueKeyViolation;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * Learners rate the courses they are enrolled in, through their own enrollment only (anyone else's
 * enrollment id is "not found"); the vendor admin reads averages and comments.
 */
@Stateless
public class FeedbackService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    private final Clock clock = Clock.systemUTC();

    /** Gives or replaces the signed-in learner's feedback on the course of one of their enrollments. */
    @RolesAllowed(Role.Names.LEARNER)
    public FeedbackView giveFeedback(long enrollmentId, @NotNull @Valid FeedbackRequest request) {
        var enrollment = myEnrollment(enrollmentId);
        if (enrollment.getStatus() == EnrollmentStatus.CANCELLED) {
            throw new RuleViolationException("Enrollment " + enrollmentId + " is cancelled: there is no course to rate");
        }
        var existing = feedbackOf(enrollment);
        if (existing.isPresent()) {
            existing.get().revise(request.rating(), request.comment(), clock.instant());
            return FeedbackView.of(existing.get());
        }
        var feedback = new CourseFeedback(enrollment.getLearner(), enrollment.getCourse(), request.rating(),
                request.comment(), clock.instant());
        try {
            em.persist(feedback);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                // The same learner's other tab or double click saved its feedback first.
                throw new ConflictException("Your feedback on this course was saved a moment ago; reload to change it");
            }
            throw e;
        }
        return FeedbackView.of(feedback);
    }

    /** The signed-in learner's feedback on the course of their enrollment, if they gave any. */
    @RolesAllowed(Role.Names.LEARNER)
    public Optional<FeedbackView> myFeedback(long enrollmentId) {
        return feedbackOf(myEnrollment(enrollmentId)).map(FeedbackView::of);
    }

    /** Average, count and comments of one course (drafts included: the vendor admin sees every course). */
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public CourseFeedbackReport courseFeedback(long courseId) {
        var course = em.find(Course.class, courseId);
        if (course == null) {
            throw new NotFoundException("Course", courseId);
        }
        var feedback = em.createQuery("""
                select f from CourseFeedback f where f.course.id = :course order by f.updatedAt desc, f.id desc""",
                        CourseFeedback.class)
                .setParameter("course", courseId).getResultList().stream().map(FeedbackView::of).toList();
        var summary = ratingsOf(List.of(courseId)).get(courseId);
        return new CourseFeedbackReport(courseId, course.getCode(), course.getTitle(),
                summary == null ? null : summary.average(), summary == null ? 0 : summary.count(), feedback);
    }

    /** Average rating and count per course, for the given courses; courses nobody rated are absent. */
    @PermitAll
    public Map<Long, RatingSummary> ratingsOf(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                select new org.partneracademy.feedback.RatingSummary(f.course.id, avg(f.rating), count(f))
                from CourseFeedback f where f.course.id in :ids group by f.course.id""", RatingSummary.class)
                .setParameter("ids", courseIds).getResultList().stream()
                .collect(Collectors.toMap(RatingSummary::courseId, Function.identity()));
    }

    private Optional<CourseFeedback> feedbackOf(Enrollment enrollment) {
        return em.createQuery("select f from CourseFeedback f where f.learner = :learner and f.course = :course",
                        CourseFeedback.class)
                .setParameter("learner", enrollment.getLearner())
                .setParameter("course", enrollment.getCourse())
                .getResultStream().findFirst();
    }

    private Enrollment myEnrollment(long enrollmentId) {
        return em.createQuery("""
                select e from Enrollment e join fetch e.course join fetch e.learner
                where e.id = :id and e.learner.username = :username""", Enrollment.class)
                .setParameter("id", enrollmentId)
                .setParameter("username", currentUser.username())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
    }
}
