package org.partneracademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.partneracademy.assessment.workflow.AttemptProcess;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.persistence.UniqueKeyViolation;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;

/**
 * Learners take exams: start (or resume) an attempt, answer, submit. Only the learner's own attempts
 * are visible to them (anyone else's is "not found").
 *
 * <p>Starting refuses an exam that is not published, a learner who used every attempt, a retake before
 * the previous result's cooldown ended (saying when), and a retake while the previous attempt waits for
 * a grader. The database settles races: the attempt number is unique per learner and exam, and a learner
 * holds at most one attempt in progress per exam, so two starts at once give one attempt and a conflict.
 */
@Stateless
public class AttemptService {

    private static final Random RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AcademyClock clock;

    @Inject
    AttemptProcess process;

    /** Starts an attempt at a published exam, or resumes the one in progress. */
    @RolesAllowed(Role.Names.LEARNER)
    public AttemptStart start(long examId) {
        var exam = em.find(Exam.class, examId);
        if (exam == null) {
            throw new NotFoundException("Exam", examId);
        }
        if (exam.getStatus() != ExamStatus.PUBLISHED) {
            throw new ConflictException("Exam " + exam.getCode() + " is " + exam.getStatus()
                    + ": only a published exam can be attempted");
        }
        var learner = me();
        var previous = em.createQuery("""
                select a from ExamAttempt a where a.exam = :exam and a.learner = :learner order by a.attemptNo desc""",
                ExamAttempt.class).setParameter("exam", exam).setParameter("learner", learner).getResultList();
        var now = clock.now();
        if (!previous.isEmpty()) {
            var last = previous.get(0);
            switch (last.getStatus()) {
                case IN_PROGRESS -> {
                    return new AttemptStart(AttemptView.of(last, now), true);
                }
                case AWAITING_GRADING -> throw new RuleViolationException("Your attempt " + last.getAttemptNo() + " at exam "
                        + exam.getCode() + " waits for a grader: you can retake it once it has its result");
                case GRADED -> {
                    if (last.getRetakeAfter() != null && now.isBefore(last.getRetakeAfter())) {
                        throw new RuleViolationException("You can retake exam " + exam.getCode() + " after "
                                + last.getRetakeAfter() + " (a cooldown of " + exam.getRetakeCooldownHours()
                                + " hours follows every result)");
                    }
                }
            }
        }
        if (exam.getMaxAttempts() != null && previous.size() >= exam.getMaxAttempts()) {
            throw new RuleViolationException("You have used all " + exam.getMaxAttempts() + " attempts at exam "
                    + exam.getCode());
        }
        var attempt = new ExamAttempt(exam, learner, previous.size() + 1, now);
        try {
            em.persist(attempt);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                throw new ConflictException("Another attempt at exam " + exam.getCode()
                        + " was started at the same moment; reload to resume it");
            }
            throw e;
        }
        for (var question : questionsFor(exam)) {
            attempt.ask(question, optionOrder(question, exam.isShuffleOptions()));
        }
        em.flush();
        attempt.processStarted(process.start(attempt.getId(), attempt.getDeadlineAt()));
        return new AttemptStart(AttemptView.of(attempt, now), false);
    }

    /** One of my attempts (the vendor admin and training leaders may read anyone's). */
    @RolesAllowed({Role.Names.LEARNER, Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
    public AttemptView attempt(long attemptId) {
        return AttemptView.of(readable(attemptId), clock.now());
    }

    /** My attempts at one exam, the latest first. */
    @RolesAllowed(Role.Names.LEARNER)
    public List<AttemptSummary> myAttempts(long examId) {
        return em.createQuery("""
                select a from ExamAttempt a join fetch a.exam join fetch a.learner
                where a.exam.id = :exam and a.learner.username = :me order by a.attemptNo desc""", ExamAttempt.class)
                .setParameter("exam", examId).setParameter("me", currentUser.username())
                .getResultStream().map(AttemptSummary::of).toList();
    }

    /** Records my answer to the question at {@code position}; refused after submission or the deadline. */
    @RolesAllowed(Role.Names.LEARNER)
    public AttemptView.QuestionShown answer(long attemptId, int position, @NotNull Answer answer) {
        var attempt = mineLocked(attemptId);
        var asked = attempt.question(position);
        Scoring.checkShape(asked.getQuestion(), answer);
        attempt.answer(position, answer, clock.now());
        return AttemptView.shown(asked, false);
    }

    /**
     * Submits my attempt: refused when it was submitted already (by me, or automatically) or after the
     * deadline. The process grades it in this transaction: the result comes back at once unless a
     * person grades essays or practicals.
     */
    @RolesAllowed(Role.Names.LEARNER)
    public AttemptView submit(long attemptId) {
        var attempt = mineLocked(attemptId);
        attempt.submit(clock.now());
        em.flush();
        process.submitted(attemptId);
        return AttemptView.of(attempt, clock.now());
    }

    private List<Question> questionsFor(Exam exam) {
        if (exam.getSelection() == ExamSelection.FIXED) {
            return em.createQuery("select q.question from ExamQuestion q where q.id.examId = :exam order by q.id.position",
                    Question.class).setParameter("exam", exam.getId()).getResultList();
        }
        var draws = em.createQuery("select d from ExamDraw d where d.examId = :exam order by d.id", ExamDraw.class)
                .setParameter("exam", exam.getId()).getResultList();
        List<Question> drawn = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        for (var draw : draws) {
            var pool = new ArrayList<>(ExamService.pool(em, draw).stream().filter(q -> !taken.contains(q.getId())).toList());
            if (pool.size() < draw.getQuestionCount()) {
                throw new ConflictException("Exam " + exam.getCode() + " cannot draw " + draw.getQuestionCount()
                        + " questions from bank " + draw.getBank().getName() + ": it has " + pool.size());
            }
            Collections.shuffle(pool, RANDOM);
            pool.subList(0, draw.getQuestionCount()).forEach(q -> {
                drawn.add(q);
                taken.add(q.getId());
            });
        }
        return drawn;
    }

    /**
     * The option order shown: shuffled when the exam says so; ordering questions always (their stored
     * order is the answer), and never left in the right order.
     */
    static List<Long> optionOrder(Question question, boolean shuffle) {
        List<Long> ids = new ArrayList<>(question.getOptions().stream().map(QuestionOption::getId).toList());
        if (question.getKind() == QuestionKind.ORDERING) {
            var right = List.copyOf(ids);
            Collections.shuffle(ids, RANDOM);
            if (ids.equals(right)) {
                Collections.reverse(ids);
            }
        } else if (shuffle) {
            Collections.shuffle(ids, RANDOM);
        }
        return ids;
    }

    private ExamAttempt readable(long attemptId) {
        var attempt = em.find(ExamAttempt.class, attemptId);
        boolean staff = currentUser.hasRole(Role.VENDOR_ADMIN) || currentUser.hasRole(Role.TRAINING_LEADER);
        if (attempt == null || !staff && !attempt.getLearner().getUsername().equals(currentUser.username())) {
            throw new NotFoundException("Attempt", attemptId);
        }
        return attempt;
    }

    private ExamAttempt mineLocked(long attemptId) {
        return em.createQuery("select a from ExamAttempt a where a.id = :id and a.learner.username = :me",
                        ExamAttempt.class)
                .setParameter("id", attemptId).setParameter("me", currentUser.username())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Attempt", attemptId));
    }

    private Person me() {
        return em.createQuery("select p from Person p where p.username = :me", Person.class)
                .setParameter("me", currentUser.username()).getSingleResult();
    }
}
