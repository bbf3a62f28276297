package org.partneracademy.assessment;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * One attempt of a learner at an exam.
 *
 * <p>Rules: answers are accepted while the attempt is in progress and before its deadline, never after;
 * it is submitted once (by the learner, or automatically at the deadline with the answers given in
 * time); the server awards the points of every question it can grade; essays and practicals wait for a
 * person; the result is the sum of points over the maximum, passed when the percentage reaches the
 * exam's pass mark. The result sets {@code retakeAfter} from the exam's cooldown.
 */
@Entity
@Table(name = "exam_attempt")
public class ExamAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exam_id")
    private Exam exam;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "learner_id")
    private Person learner;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private AttemptStatus status = AttemptStatus.IN_PROGRESS;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "auto_submitted", nullable = false)
    private boolean autoSubmitted;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @Column(name = "score_points")
    private BigDecimal scorePoints;

    @Column(name = "max_points")
    private BigDecimal maxPoints;

    @Column(name = "score_percent")
    private BigDecimal scorePercent;

    private Boolean passed;

    @Column(name = "retake_after")
    private Instant retakeAfter;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL)
    @OrderBy("id.position")
    private List<AttemptQuestion> questions = new ArrayList<>();

    protected ExamAttempt() {
    }

    public ExamAttempt(Exam exam, Person learner, int attemptNo, Instant now) {
        this.exam = exam;
        this.learner = learner;
        this.attemptNo = attemptNo;
        // The database keeps microseconds: the deadline the learner is told is the one stored.
        this.startedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.deadlineAt = exam.deadlineFor(startedAt);
    }

    /** Adds the next question (after the attempt was persisted and has its id). */
    public void ask(Question question, List<Long> optionOrder) {
        questions.add(new AttemptQuestion(this, questions.size() + 1, question, optionOrder));
    }

    public AttemptQuestion question(int position) {
        if (position < 1 || position > questions.size()) {
            throw new RuleViolationException("Attempt " + id + " has no question " + position + ": its questions are 1 to "
                    + questions.size());
        }
        return questions.get(position - 1);
    }

    /** Records an answer: only in progress and before the deadline. */
    public void answer(int position, Answer given, Instant now) {
        requireOpen(now, "answer");
        question(position).answer(given, now);
    }

    /** The learner submits: only in progress and before the deadline. */
    public void submit(Instant now) {
        requireOpen(now, "submission");
        status = AttemptStatus.AWAITING_GRADING;
        submittedAt = now;
    }

    /** The deadline passed: submits with the answers given in time. False if it was submitted already. */
    public boolean submitAutomatically(Instant now) {
        if (status != AttemptStatus.IN_PROGRESS) {
            return false;
        }
        status = AttemptStatus.AWAITING_GRADING;
        submittedAt = deadlineAt != null && deadlineAt.isBefore(now) ? deadlineAt : now;
        autoSubmitted = true;
        return true;
    }

    private void requireOpen(Instant now, String what) {
        if (status != AttemptStatus.IN_PROGRESS) {
            throw new ConflictException("Attempt " + id + " was submitted at " + submittedAt + ": no " + what
                    + " is accepted any more");
        }
        if (isPastDeadline(now)) {
            throw new RuleViolationException("The time limit of attempt " + id + " ended at " + deadlineAt
                    + ": the " + what + " is refused; the attempt is submitted automatically with the answers given in time");
        }
    }

    public boolean isPastDeadline(Instant now) {
        return deadlineAt != null && now.isAfter(deadlineAt);
    }

    /** Whether a person still has to grade a question of this submitted attempt. */
    public boolean needsPerson() {
        return questions.stream().anyMatch(q -> q.getPointsAwarded() == null);
    }

    /**
     * Gives the final result once every question has its points: score over maximum, the percentage
     * rounded half-up to two decimals, passed at or above the pass mark, retake allowed after the cooldown.
     */
    public void conclude(Instant now) {
        if (status == AttemptStatus.GRADED) {
            return;
        }
        if (status != AttemptStatus.AWAITING_GRADING || needsPerson()) {
            throw new ConflictException("Attempt " + id + " cannot get its result yet");
        }
        scorePoints = questions.stream().map(AttemptQuestion::getPointsAwarded).reduce(BigDecimal.ZERO, BigDecimal::add);
        maxPoints = BigDecimal.valueOf(questions.stream().mapToInt(q -> q.getQuestion().getPoints()).sum()).setScale(2);
        scorePercent = maxPoints.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : scorePoints.multiply(BigDecimal.valueOf(100)).divide(maxPoints, 2, RoundingMode.HALF_UP);
        passed = scorePercent.compareTo(BigDecimal.valueOf(exam.getPassMarkPercent())) >= 0;
        gradedAt = now;
        retakeAfter = exam.retakeAfter(now);
        status = AttemptStatus.GRADED;
    }

    public void processStarted(String processInstance) {
        this.processInstanceId = processInstance;
    }

    public Long getId() {
        return id;
    }

    public Exam getExam() {
        return exam;
    }

    public Person getLearner() {
        return learner;
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isAutoSubmitted() {
        return autoSubmitted;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }

    public BigDecimal getScorePoints() {
        return scorePoints;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public BigDecimal getScorePercent() {
        return scorePercent;
    }

    public Boolean getPassed() {
        return passed;
    }

    public Instant getRetakeAfter() {
        return retakeAfter;
    }

    public List<AttemptQuestion> getQuestions() {
        return questions;
    }
}
