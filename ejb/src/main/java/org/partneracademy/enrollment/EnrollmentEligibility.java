package org.partneracademy.enrollment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.partneracademy.catalog.Course;
import org.partneracademy.path.PathLookups;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.session.SessionFacts;
import org.partneracademy.session.SessionSchedule;
import org.partneracademy.session.SessionStatus;

/**
 * Whether a learner may enroll, checked when the request is made (and again when rescheduling to
 * another session). The rules, each refused with a message that says what to do:
 * <ul>
 * <li>the course is published;</li>
 * <li>if the course names positions as its audience, the learner holds one of them;</li>
 * <li>every prerequisite of the course is completed, or a course that counts for it (equivalency);</li>
 * <li>a session is SCHEDULED, has not started and its enrollment cut-off has not passed;</li>
 * <li>the learner has no other open enrollment in the course (409).</li>
 * </ul>
 */
@Stateless
@PermitAll
public class EnrollmentEligibility {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    PathLookups pathLookups;

    @Inject
    SessionSchedule schedule;

    private final Clock clock = Clock.systemUTC();

    public void check(long enrollmentId) {
        var enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null) {
            throw new NotFoundException("Enrollment", enrollmentId);
        }
        var course = enrollment.getCourse();
        var learner = enrollment.getLearner();
        if (!course.isPublished()) {
            throw new RuleViolationException("Course " + course.getCode() + " is not open for enrollment");
        }
        var audience = course.getAudiencePositions();
        if (!audience.isEmpty() && (learner.getPosition() == null || !audience.contains(learner.getPosition()))) {
            throw new RuleViolationException("Course " + course.getCode() + " is meant for "
                    + audience.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))
                    + "; " + learner.getDisplayName() + "'s position is "
                    + (learner.getPosition() == null ? "not set" : learner.getPosition().name()));
        }
        var rules = pathLookups.courseRulesFor(course.getId());
        var missing = rules.hasPrerequisites(course.getId())
                ? rules.missingPrerequisites(course.getId(), completedCourses(learner.getId()))
                : List.<Long>of();
        if (!missing.isEmpty()) {
            throw new RuleViolationException("Complete " + codes(missing) + " (or an equivalent course) before "
                    + course.getCode());
        }
        if (enrollment.getSessionId() != null) {
            checkSessionOpen(schedule.facts(enrollment.getSessionId()), course);
        }
        boolean otherOpen = !em.createQuery("""
                        select e.id from Enrollment e where e.learner = :learner and e.course = :course and e.id <> :id
                        and\s""" + EnrollmentStatus.notEndedWithoutCourse("e"), Long.class)
                .setParameter("learner", learner).setParameter("course", course).setParameter("id", enrollmentId)
                .setMaxResults(1).getResultList().isEmpty();
        if (otherOpen) {
            throw new ConflictException(learner.getDisplayName() + " is already enrolled in " + course.getCode());
        }
    }

    /** A session one may still join: scheduled, not started, before its cut-off, of the course. */
    public void checkSessionOpen(SessionFacts session, Course course) {
        Instant now = clock.instant();
        if (session.courseId() != course.getId()) {
            throw new RuleViolationException("Session " + session.sessionId() + " is not a session of " + course.getCode());
        }
        if (session.status() != SessionStatus.SCHEDULED) {
            throw new RuleViolationException("Session " + session.sessionId() + " is cancelled");
        }
        if (session.startsAt() != null && !now.isBefore(session.startsAt())) {
            throw new RuleViolationException("Session " + session.sessionId() + " has already started");
        }
        if (!now.isBefore(session.enrollmentClosesAt())) {
            throw new RuleViolationException("Enrollment for session " + session.sessionId() + " closed at "
                    + session.enrollmentClosesAt());
        }
    }

    private HashSet<Long> completedCourses(long learnerId) {
        return new HashSet<>(em.createQuery("""
                        select e.course.id from Enrollment e where e.learner.id = :learner and e.status = :completed""",
                        Long.class)
                .setParameter("learner", learnerId).setParameter("completed", EnrollmentStatus.COMPLETED)
                .getResultList());
    }

    private String codes(List<Long> courseIds) {
        return courseIds.stream().map(id -> em.find(Course.class, id)).map(Course::getCode)
                .collect(Collectors.joining(", "));
    }
}
