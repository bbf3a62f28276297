package org.partneracademy.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.catalog.Course;
import org.partneracademy.platform.error.ConflictException;

/**
 * An exam. Rules: only a draft can be changed (its settings and questions); publishing makes it open to
 * learners and freezes it; a retired exam takes no new attempts. The time limit gives every attempt a
 * deadline; the attempt limit counts every attempt started; the cooldown runs from the result of the
 * previous attempt. A pre-assessment names the learning path it opens and may set its mastery percent;
 * the service checks that only pre-assessments have them and that the path exists.
 */
@Entity
@Table(name = "exam")
public class Exam {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private ExamKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "path_id")
    private Long pathId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private ExamSelection selection;

    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Column(name = "pass_mark_percent", nullable = false)
    private int passMarkPercent;

    @Column(name = "mastery_percent")
    private Integer masteryPercent;

    @Column(name = "max_attempts")
    private Integer maxAttempts;

    @Column(name = "retake_cooldown_hours", nullable = false)
    private int retakeCooldownHours;

    @Column(name = "shuffle_options", nullable = false)
    private boolean shuffleOptions;

    @Column(name = "proctoring_note")
    private String proctoringNote;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private ExamStatus status = ExamStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Exam() {
    }

    public Exam(ExamInput input, Course course, Instant now) {
        this.createdAt = now;
        apply(input, course);
    }

    /** Changes the settings of a draft. */
    public void revise(ExamInput input, Course newCourse) {
        requireDraft();
        apply(input, newCourse);
    }

    private void apply(ExamInput input, Course newCourse) {
        this.code = input.code().strip();
        this.title = input.title().strip();
        this.kind = input.kind();
        this.course = newCourse;
        this.pathId = input.pathId();
        this.masteryPercent = input.masteryPercent();
        this.selection = input.selection();
        this.timeLimitMinutes = input.timeLimitMinutes();
        this.passMarkPercent = input.passMarkPercent();
        this.maxAttempts = input.maxAttempts();
        this.retakeCooldownHours = input.retakeCooldownHours();
        this.shuffleOptions = input.shuffleOptions();
        this.proctoringNote = input.proctoringNote() == null || input.proctoringNote().isBlank() ? null
                : input.proctoringNote().strip();
    }

    public void requireDraft() {
        if (status != ExamStatus.DRAFT) {
            throw new ConflictException("Exam " + code + " is " + status + ": only a draft can be changed");
        }
    }

    /** Opens the draft to learners; the service checked that it has questions to ask. */
    public void publish() {
        requireDraft();
        status = ExamStatus.PUBLISHED;
    }

    /** Takes a published exam out of use: attempts in progress finish, no new ones start. */
    public void retire() {
        if (status != ExamStatus.PUBLISHED) {
            throw new ConflictException("Exam " + code + " is " + status + ": only a published exam can be retired");
        }
        status = ExamStatus.RETIRED;
    }

    /** The deadline of an attempt started at {@code startedAt}, or null without a time limit. */
    public Instant deadlineFor(Instant startedAt) {
        return timeLimitMinutes == null ? null : startedAt.plus(Duration.ofMinutes(timeLimitMinutes));
    }

    /** When a retake is allowed after a result at {@code gradedAt}, or null if at once. */
    public Instant retakeAfter(Instant gradedAt) {
        return retakeCooldownHours == 0 ? null : gradedAt.plus(Duration.ofHours(retakeCooldownHours));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public ExamKind getKind() {
        return kind;
    }

    public Course getCourse() {
        return course;
    }

    public Long getPathId() {
        return pathId;
    }

    public Integer getMasteryPercent() {
        return masteryPercent;
    }

    public ExamSelection getSelection() {
        return selection;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public int getPassMarkPercent() {
        return passMarkPercent;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public int getRetakeCooldownHours() {
        return retakeCooldownHours;
    }

    public boolean isShuffleOptions() {
        return shuffleOptions;
    }

    public String getProctoringNote() {
        return proctoringNote;
    }

    public ExamStatus getStatus() {
        return status;
    }
}
