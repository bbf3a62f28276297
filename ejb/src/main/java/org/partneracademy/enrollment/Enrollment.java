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
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * One learner taking one course.
 *
 * <p>Rules: only a published course can be enrolled in; a learner holds at most one open (active or
 * completed) enrollment per course, which the database enforces with a unique key so that two
 * simultaneous requests cannot both succeed; completing a module twice changes nothing; the
 * enrollment completes, with the date of its last module, when every module of the course is done.
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
    private EnrollmentStatus status = EnrollmentStatus.ACTIVE;

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

    public static Enrollment selfPaced(Person learner, Course course, Instant now) {
        if (!course.isPublished()) {
            throw new RuleViolationException("Course " + course.getCode() + " is not open for enrollment");
        }
        return new Enrollment(learner, course, now);
    }

    /**
     * Records that the learner finished a module.
     *
     * @return true if this completion finished the whole course
     */
    public boolean completeModule(long moduleId, Instant now) {
        CourseModule module = course.getModules().stream()
                .filter(candidate -> candidate.getId() != null && candidate.getId() == moduleId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Module", moduleId + " of course " + course.getCode()));
        if (status == EnrollmentStatus.CANCELLED) {
            throw new RuleViolationException("Enrollment " + id + " is cancelled");
        }
        if (status == EnrollmentStatus.COMPLETED || !completions.add(new ModuleCompletion(module.getId(), now))) {
            return false;
        }
        if (completions.size() == course.getModules().size()) {
            status = EnrollmentStatus.COMPLETED;
            completedAt = now;
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

    public int getCompletedModuleCount() {
        return completions.size();
    }
}
