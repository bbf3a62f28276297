package org.partneracademy.enrollment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.catalog.Course;
import org.partneracademy.catalog.CourseModule;
import org.partneracademy.catalog.CourseOffering;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * One learner taking one course, self-paced or on an instructor-led session.
 *
 * <p>Rules: only a published course can be enrolled in; a learner holds at most one open enrollment per
 * course (anything but cancelled, rejected, expired or no-show), which the database enforces with a
 * unique key so that two simultaneous requests cannot both succeed; one enrollment per Idempotency-Key
 * and learner, enforced the same way. A request starts REQUESTED, may wait for approval
 * (PENDING_APPROVAL), becomes ACTIVE when learning starts or a seat booking exists, and ends once:
 * COMPLETED, NO_SHOW, CANCELLED, REJECTED or EXPIRED; an ended enrollment never changes again.
 * Completing a module twice changes nothing; a self-paced enrollment completes, with the date of its
 * last module, when every module of the course is done: completed, or tested out by a pre-assessment.
 */
@Entity
public class Enrollment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id")
    private Person learner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private EnrollmentStatus status = EnrollmentStatus.REQUESTED;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** The offering the seat is sold under; null for enrollments made before offerings existed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "offering_id")
    private CourseOffering offering;

    /** The instructor-led session, by id: sessions belong to the session feature, which owns the seats. */
    @Column(name = "session_id")
    private Long sessionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private EnrollmentOrigin origin = EnrollmentOrigin.SELF;

    @Column(name = "requested_by")
    private String requestedBy;

    /** The client's Idempotency-Key: a repeated request with the same key finds this enrollment. */
    @Column(name = "request_key")
    private String requestKey;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "close_reason")
    private String closeReason;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "enrollment_module_completion", joinColumns = @JoinColumn(name = "enrollment_id"))
    private Set<ModuleCompletion> completions = new HashSet<>();

    @Version
    private long version;

    protected Enrollment() {
    }

    private Enrollment(Person learner, Course course, Instant now) {
        this.learner = learner;
        this.course = course;
        this.enrolledAt = now;
    }

    /**
     * A new request to enroll, REQUESTED until its process decides: self-paced when {@code sessionId} is
     * null, otherwise on that session of the offering.
     */
    public static Enrollment request(Person learner, Course course, CourseOffering offering, Long sessionId,
            EnrollmentOrigin origin, String requestedBy, String requestKey, Instant now) {
        if (!course.isPublished()) {
            throw new RuleViolationException("Course " + course.getCode() + " is not open for enrollment");
        }
        var enrollment = new Enrollment(learner, course, now);
        enrollment.offering = offering;
        enrollment.sessionId = sessionId;
        enrollment.origin = origin;
        enrollment.requestedBy = requestedBy;
        enrollment.requestKey = requestKey;
        return enrollment;
    }

    public boolean isInstructorLed() {
        return sessionId != null;
    }

    /** The request waits for the manager (and maybe the vendor). */
    public void awaitApproval() {
        requireStatus(EnrollmentStatus.REQUESTED, EnrollmentStatus.PENDING_APPROVAL);
        status = EnrollmentStatus.PENDING_APPROVAL;
    }

    /** Learning starts, or a seat booking (seated, offered or waitlisted) exists. Idempotent. */
    public void activate() {
        if (status == EnrollmentStatus.ACTIVE) {
            return;
        }
        requireStatus(EnrollmentStatus.REQUESTED, EnrollmentStatus.PENDING_APPROVAL);
        status = EnrollmentStatus.ACTIVE;
    }

    /** An approver said no. Returns false if the enrollment had already ended (a job ran twice). */
    public boolean reject(String note, Instant now) {
        return close(EnrollmentStatus.REJECTED, note, now);
    }

    /** An approval or a seat offer was not answered in time. */
    public boolean expire(String reason, Instant now) {
        return close(EnrollmentStatus.EXPIRED, reason, now);
    }

    /** Cancelled by the learner, an admin or the vendor; refused once the enrollment has ended. */
    public void cancel(String reason, Instant now) {
        if (status.isFinal()) {
            throw new ConflictException("Enrollment " + id + " has already ended (" + status + ")");
        }
        close(EnrollmentStatus.CANCELLED, reason, now);
    }

    /** The learner attended the whole session. */
    public boolean completeAttendance(Instant now) {
        if (status.isFinal()) {
            return false;
        }
        status = EnrollmentStatus.COMPLETED;
        completedAt = now;
        closedAt = now;
        return true;
    }

    public boolean noShow(Instant now) {
        return close(EnrollmentStatus.NO_SHOW, "Did not attend", now);
    }

    /** Moves to another session of the same course; the reminder for the new dates is still to send. */
    public void moveTo(long newSessionId) {
        if (status != EnrollmentStatus.ACTIVE || sessionId == null) {
            throw new ConflictException("Only an active enrollment on a session can be rescheduled");
        }
        sessionId = newSessionId;
        remindedAt = null;
    }

    /** Records the reminder; false if it was already sent (so a timer job that runs twice reminds once). */
    public boolean markReminded(Instant now) {
        if (remindedAt != null || status != EnrollmentStatus.ACTIVE) {
            return false;
        }
        remindedAt = now;
        return true;
    }

    private boolean close(EnrollmentStatus finalStatus, String reason, Instant now) {
        if (status.isFinal()) {
            return false;
        }
        status = finalStatus;
        closedAt = now;
        closeReason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        return true;
    }

    private void requireStatus(EnrollmentStatus... allowed) {
        for (EnrollmentStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new ConflictException("Enrollment " + id + " is " + status);
    }

    /**
     * Records that the learner finished a module.
     *
     * @return true if this completion finished the whole course
     */
    public boolean completeModule(long moduleId, Instant now) {
        return completeModule(moduleId, now, Set.of());
    }

    /**
     * Records that the learner finished a module, counting the modules they tested out of as done.
     *
     * @param testedOutModuleIds modules of this course a pre-assessment found the learner masters
     * @return true if this completion finished the whole course
     */
    public boolean completeModule(long moduleId, Instant now, Set<Long> testedOutModuleIds) {
        CourseModule module = course.getModules().stream()
                .filter(candidate -> candidate.getId() != null && candidate.getId() == moduleId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Module", moduleId + " of course " + course.getCode()));
        if (status != EnrollmentStatus.ACTIVE && status != EnrollmentStatus.COMPLETED) {
            throw new RuleViolationException("Enrollment " + id + " is " + status.name().toLowerCase().replace('_', ' '));
        }
        if (status == EnrollmentStatus.COMPLETED || !completions.add(new ModuleCompletion(module.getId(), now))) {
            return false;
        }
        boolean allDone = course.getModules().stream().allMatch(each -> completionOf(each.getId()).isPresent()
                || testedOutModuleIds.contains(each.getId()));
        if (allDone) {
            status = EnrollmentStatus.COMPLETED;
            completedAt = now;
            closedAt = now;
            return true;
        }
        return false;
    }

    public Optional<Instant> completionOf(long moduleId) {
        return completions.stream().filter(c -> c.getModuleId() == moduleId).map(ModuleCompletion::getCompletedAt).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Person getLearner() {
        return learner;
    }

    public Course getCourse() {
        return course;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public CourseOffering getOffering() {
        return offering;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public EnrollmentOrigin getOrigin() {
        return origin;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public boolean hasCompletedAnyModule() {
        return !completions.isEmpty();
    }

    public int getCompletedModuleCount() {
        return completions.size();
    }
}
