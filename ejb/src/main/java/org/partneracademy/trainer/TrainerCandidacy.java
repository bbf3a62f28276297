package org.partneracademy.trainer;

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
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.catalog.Course;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * One trainer's way to an authorisation for one course family and major version, step by step (see
 * {@link CandidacyStatus}). The trainer-certification process (business key = id) moves it; the status
 * says where it is and {@link #stepSince} since when, so stalled candidacies can be found. At most one
 * open candidacy per trainer and course family (a unique key on the database).
 */
@Entity
@Table(name = "trainer_candidacy")
public class TrainerCandidacy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id")
    private Person candidate;

    /** The course version the candidate is to be authorised for; code and major are kept alongside. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "course_code", nullable = false)
    private String courseCode;

    @Column(name = "version_major", nullable = false)
    private int versionMajor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private CandidacyKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private CandidacyStatus status;

    @Column(name = "tries_used", nullable = false)
    private int triesUsed;

    @Column(name = "nominated_by", nullable = false)
    private String nominatedBy;

    @Column(name = "nominated_at", nullable = false)
    private Instant nominatedAt;

    @Column(name = "nomination_note")
    private String nominationNote;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "step_since", nullable = false)
    private Instant stepSince;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "authorisation_id")
    private Long authorisationId;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Version
    private long version;

    protected TrainerCandidacy() {
    }

    /**
     * A new candidacy: INITIAL ones start NOMINATED (the vendor decides), REAUTHORISATION ones start at the
     * observed delivery.
     */
    public TrainerCandidacy(Person candidate, Course course, CandidacyKind kind, String nominatedBy, String note,
            Instant now) {
        this.candidate = candidate;
        this.course = course;
        this.courseCode = course.getCode();
        this.versionMajor = course.getVersionMajor();
        this.kind = kind;
        this.status = kind == CandidacyKind.INITIAL ? CandidacyStatus.NOMINATED : CandidacyStatus.OBSERVED_DELIVERY;
        this.nominatedBy = nominatedBy;
        this.nominationNote = note;
        this.nominatedAt = now;
        this.stepSince = now;
    }

    /** Moves to the next step (or back, after a failed panel); closed candidacies do not move. */
    public void moveTo(CandidacyStatus next, Instant now) {
        if (!status.isOpen()) {
            throw new RuleViolationException("Candidacy " + id + " is " + status + " and can no longer change");
        }
        status = next;
        stepSince = now;
        if (!next.isOpen()) {
            closedAt = now;
        }
    }

    /** The vendor's decision on the nomination. */
    public void decide(boolean accepted, String by, String reason, Instant now) {
        if (status != CandidacyStatus.NOMINATED) {
            throw new RuleViolationException("Candidacy " + id + " was decided already (" + status + ")");
        }
        decidedBy = by;
        decidedAt = now;
        declineReason = accepted ? null : reason;
        moveTo(accepted ? CandidacyStatus.LIVE_TRAINING : CandidacyStatus.DECLINED, now);
    }

    /** The partner admin or vendor admin withdrew the candidacy, with a reason; closed ones refuse. */
    public void withdraw(String by, String reason, Instant now) {
        moveTo(CandidacyStatus.WITHDRAWN, now);
        withdrawnBy = by;
        withdrawalReason = reason;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    /** A failed panel used one try. */
    public int useTry() {
        return ++triesUsed;
    }

    public void authorised(long authorisationId) {
        this.authorisationId = authorisationId;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() {
        return id;
    }

    public Person getCandidate() {
        return candidate;
    }

    public Course getCourse() {
        return course;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public int getVersionMajor() {
        return versionMajor;
    }

    public CandidacyKind getKind() {
        return kind;
    }

    public CandidacyStatus getStatus() {
        return status;
    }

    public int getTriesUsed() {
        return triesUsed;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }

    public Instant getNominatedAt() {
        return nominatedAt;
    }

    public String getNominationNote() {
        return nominationNote;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Instant getStepSince() {
        return stepSince;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getAuthorisationId() {
        return authorisationId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
