package org.partneracademy.trainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.partneracademy.assessment.AttemptGraded;
import org.partneracademy.assessment.Exam;
import org.partneracademy.assessment.ExamKind;
import org.partneracademy.catalog.Course;
import org.partneracademy.enrollment.Enrollment;
import org.partneracademy.enrollment.LearningCompleted;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.trainer.workflow.TrainerCertificationProcess;

/**
 * Turns what happens elsewhere into candidacy progress, in the transaction that recorded it: an
 * instructor-led enrollment of the course family completed is the live training; a passed attempt at the
 * standard's trainer exam is the trainer exam; a panel's verdict goes to the candidacy's process; an
 * authorisation that needs re-authorising opens a REAUTHORISATION candidacy. A step is recorded only for
 * a candidacy on that step, and its process is told only when it waits for it.
 */
@ApplicationScoped
public class CandidacyObserver {

    private static final Logger LOG = Logger.getLogger(CandidacyObserver.class.getName());

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CandidacyProgress progress;

    @Inject
    DeliveryStandardTerms standards;

    @Inject
    TrainerCertificationProcess process;

    @Inject
    AcademyClock clock;

    void learningCompleted(@Observes LearningCompleted completed) {
        var enrollment = em.find(Enrollment.class, completed.enrollmentId());
        if (enrollment == null || enrollment.getSessionId() == null) {
            return; // self-paced learning is no live training
        }
        for (long id : onStep(completed.learnerId(), enrollment.getCourse().getCode(), CandidacyStatus.LIVE_TRAINING)) {
            var candidacy = progress.locked(id);
            if (candidacy.getStatus() != CandidacyStatus.LIVE_TRAINING || recorded(id, StepKind.LIVE_TRAINING)) {
                continue;
            }
            em.persist(CandidacyStep.liveTraining(id, enrollment.getSessionId(), enrollment.getId(), completed.completedAt()));
            em.flush();
            process.stepDone(id, TrainerCertificationProcess.LIVE_TRAINING_DONE);
        }
    }

    /**
     * An accepted nomination: live training the candidate completed before (an instructor-led enrollment of
     * the family, within the last year) counts at once, so they are not sent to class twice.
     */
    public void catchUpLiveTraining(long candidacyId) {
        var candidacy = progress.locked(candidacyId);
        if (candidacy.getStatus() != CandidacyStatus.LIVE_TRAINING || recorded(candidacyId, StepKind.LIVE_TRAINING)) {
            return;
        }
        em.createQuery("""
                        select e from Enrollment e where e.learner = :candidate and e.course.code = :code
                        and e.sessionId is not null and e.status = :completed and e.completedAt >= :since
                        order by e.completedAt desc""", Enrollment.class)
                .setParameter("candidate", candidacy.getCandidate()).setParameter("code", candidacy.getCourseCode())
                .setParameter("completed", org.partneracademy.enrollment.EnrollmentStatus.COMPLETED)
                .setParameter("since", clock.now().minus(java.time.Duration.ofDays(365)))
                .setMaxResults(1).getResultStream().findFirst()
                .ifPresent(e -> {
                    em.persist(CandidacyStep.liveTraining(candidacyId, e.getSessionId(), e.getId(), e.getCompletedAt()));
                    em.flush();
                    process.stepDone(candidacyId, TrainerCertificationProcess.LIVE_TRAINING_DONE);
                });
    }

    void attemptGraded(@Observes AttemptGraded graded) {
        if (!graded.passed() || !ExamKind.TRAINER_EXAM.name().equals(graded.examKind())) {
            return;
        }
        var exam = em.find(Exam.class, graded.examId());
        if (exam == null || exam.getCourse() == null) {
            return;
        }
        String code = exam.getCourse().getCode();
        if (!standards.trainerExamId(code).map(id -> id == graded.examId()).orElse(false)) {
            return; // a trainer exam, but not the one the delivery standard names
        }
        for (long id : onStep(graded.learnerId(), code, CandidacyStatus.TRAINER_EXAM)) {
            var candidacy = progress.locked(id);
            if (candidacy.getStatus() != CandidacyStatus.TRAINER_EXAM || recorded(id, StepKind.TRAINER_EXAM)) {
                continue;
            }
            em.persist(CandidacyStep.trainerExam(id, graded.attemptId(), graded.scorePercent(), graded.gradedAt()));
            em.flush();
            process.stepDone(id, TrainerCertificationProcess.EXAM_PASSED);
        }
    }

    void panelDecided(@Observes PanelDecided decided) {
        if (!process.panelDecided(decided.candidacyId(), decided.passed(), decided.retryFrom())) {
            LOG.info(() -> "No process waits for the panel of candidacy " + decided.candidacyId());
        }
    }

    /** Opens a REAUTHORISATION candidacy at the observed delivery, unless one is open for the family. */
    void reauthorisationNeeded(@Observes ReauthorisationNeeded needed) {
        var course = em.find(Course.class, needed.courseId());
        var trainer = em.find(Person.class, needed.trainerId());
        if (course == null || trainer == null) {
            return;
        }
        boolean open = !em.createQuery("""
                        select c.id from TrainerCandidacy c where c.candidate = :trainer and c.courseCode = :code
                        and c.status not in :closed""", Long.class)
                .setParameter("trainer", trainer).setParameter("code", course.getCode())
                .setParameter("closed", CandidacyStatus.CLOSED).setMaxResults(1).getResultList().isEmpty();
        if (open) {
            return;
        }
        var candidacy = new TrainerCandidacy(trainer, course, CandidacyKind.REAUTHORISATION, "system", needed.reason(),
                clock.now());
        em.persist(candidacy);
        em.flush();
        candidacy.attachProcess(process.start(candidacy.getId(), CandidacyKind.REAUTHORISATION));
    }

    private List<Long> onStep(long learnerId, String courseCode, CandidacyStatus step) {
        return em.createQuery("""
                        select c.id from TrainerCandidacy c where c.candidate.id = :learner and c.courseCode = :code
                        and c.status = :step""", Long.class)
                .setParameter("learner", learnerId).setParameter("code", courseCode).setParameter("step", step)
                .getResultList();
    }

    private boolean recorded(long candidacyId, StepKind kind) {
        return !em.createQuery("select s.id from CandidacyStep s where s.candidacyId = :c and s.kind = :k", Long.class)
                .setParameter("c", candidacyId).setParameter("k", kind).setMaxResults(1).getResultList().isEmpty();
    }
}
