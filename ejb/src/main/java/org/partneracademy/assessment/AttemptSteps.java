package org.partneracademy.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.partneracademy.platform.time.AcademyClock;

/**
 * The steps the attempt process takes, each safe to run twice (jobs run at least once): submit at the
 * deadline, grade what the server can grade, give the result. Called by the process only, so no role is
 * required (job threads carry no caller).
 */
@Stateless
@PermitAll
public class AttemptSteps {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    AcademyClock clock;

    @Inject
    Event<AttemptGraded> graded;

    /** The time limit ended: submits the attempt with the answers given in time (no-op if submitted). */
    public void submitAtDeadline(long attemptId) {
        locked(attemptId).submitAutomatically(clock.now());
    }

    /**
     * Awards the points of every question the server can grade (see {@link Scoring}); returns whether a
     * person still has to grade essays or practicals. Grading again gives the same points.
     */
    public boolean gradeAutomatically(long attemptId) {
        var attempt = locked(attemptId);
        if (attempt.getStatus() == AttemptStatus.AWAITING_GRADING) {
            for (var asked : attempt.getQuestions()) {
                if (!asked.getQuestion().getKind().gradedByPerson()) {
                    asked.award(Scoring.score(asked.getQuestion(), asked.getAnswer()));
                }
            }
        }
        return attempt.getStatus() != AttemptStatus.GRADED && attempt.needsPerson();
    }

    /**
     * Gives the attempt its final result and fires {@link AttemptGraded} (once: a second run finds the
     * attempt graded and does nothing). Returns when a retake is allowed, or null if at once.
     */
    public Instant recordResult(long attemptId) {
        var attempt = locked(attemptId);
        if (attempt.getStatus() == AttemptStatus.GRADED) {
            return attempt.getRetakeAfter();
        }
        attempt.conclude(clock.now());
        graded.fire(new AttemptGraded(attempt.getId(), attempt.getLearner().getId(), attempt.getExam().getId(),
                attempt.getExam().getKind().name(), attempt.getPassed(), attempt.getScorePercent(),
                attempt.getGradedAt()));
        return attempt.getRetakeAfter();
    }

    private ExamAttempt locked(long attemptId) {
        return em.find(ExamAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
    }
}
