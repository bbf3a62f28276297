package org.partneracademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.partneracademy.catalog.Course;
import org.partneracademy.path.LearningPath;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.persistence.UniqueKeyViolation;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;

/**
 * Exams: the vendor admin authors drafts (settings, fixed questions or random draws) and publishes them;
 * learners list the published ones with where they stand. Publishing checks that the exam can ask its
 * questions: a fixed exam lists at least one active question, a random exam's draws can all be filled.
 */
@Stateless
public class ExamService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    AcademyClock clock;

    @Inject
    CurrentUser currentUser;

    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public List<ExamView> exams() {
        return em.createQuery("select e from Exam e left join fetch e.course order by e.code", Exam.class)
                .getResultStream().map(ExamView::of).toList();
    }

    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public ExamDetails exam(long examId) {
        var exam = find(examId);
        var questions = em.createQuery("select e from ExamQuestion e join fetch e.question where e.id.examId = :exam"
                        + " order by e.id.position", ExamQuestion.class).setParameter("exam", examId).getResultStream()
                .map(e -> new ExamDetails.FixedQuestion(e.getPosition(), e.getQuestion().getId(),
                        e.getQuestion().getKind().name(), e.getQuestion().getPrompt(), e.getQuestion().getTopic(),
                        e.getQuestion().getPoints())).toList();
        var draws = draws(examId).stream().map(d -> new ExamDetails.DrawView(d.getId(), d.getBank().getId(),
                d.getBank().getName(), d.getTopic(), d.getDifficulty() == null ? null : d.getDifficulty().name(),
                d.getQuestionCount())).toList();
        return new ExamDetails(ExamView.of(exam), questions, draws);
    }

    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public ExamView create(@NotNull @Valid ExamInput input) {
        checkPreAssessment(input);
        var exam = new Exam(input, course(input.courseId()), clock.now());
        save(() -> em.persist(exam), input.code());
        return ExamView.of(exam);
    }

    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public ExamView update(long examId, @NotNull @Valid ExamInput input) {
        var exam = find(examId);
        checkPreAssessment(input);
        exam.revise(input, course(input.courseId()));
        save(() -> { }, input.code());
        return ExamView.of(exam);
    }

    /** The questions of a fixed draft exam, in order (replaces the list). */
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public ExamDetails setQuestions(long examId, @NotNull List<@NotNull Long> questionIds) {
        var exam = find(examId);
        exam.requireDraft();
        if (exam.getSelection() != ExamSelection.FIXED) {
            throw new RuleViolationException("Exam " + exam.getCode() + " draws its questions at random: set its draws");
        }
        if (new HashSet<>(questionIds).size() != questionIds.size()) {
            throw InvalidFieldsException.of("questionIds", "lists a question twice");
        }
        List<Question> questions = new ArrayList<>();
        for (var id : questionIds) {
            var question = em.find(Question.class, id);
            if (question == null || question.isRetired()) {
                throw InvalidFieldsException.of("questionIds", "question " + id + " does not exist or is retired");
            }
            questions.add(question);
        }
        em.createQuery("delete from ExamQuestion e where e.id.examId = :exam").setParameter("exam", examId).executeUpdate();
        for (int i = 0; i < questions.size(); i++) {
            em.persist(new ExamQuestion(examId, i + 1, questions.get(i)));
        }
        em.flush();
        return exam(examId);
    }

    /** The draws of a random draft exam (replaces them). */
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public ExamDetails setDraws(long examId, @NotNull List<@NotNull @Valid DrawInput> draws) {
        var exam = find(examId);
        exam.requireDraft();
        if (exam.getSelection() != ExamSelection.RANDOM) {
            throw new RuleViolationException("Exam " + exam.getCode() + " asks fixed questions: set its questions");
        }
        em.createQuery("delete from ExamDraw d where d.examId = :exam").setParameter("exam", examId).executeUpdate();
        for (int i = 0; i < draws.size(); i++) {
            var draw = draws.get(i);
            var bank = em.find(QuestionBank.class, draw.bankId());
            if (bank == null) {
                throw InvalidFieldsException.of("draws[" + i + "].bankId", "no question bank " + draw.bankId());
            }
            em.persist(new ExamDraw(examId, bank, draw.topic(), draw.difficulty(), draw.questionCount()));
        }
        em.flush();
        return exam(examId);
    }

    /** Opens a draft to learners once it can ask its questions. */
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public ExamView publish(long examId) {
        var exam = find(examId);
        exam.requireDraft();
        if (exam.getSelection() == ExamSelection.FIXED) {
            var questions = exam(examId).questions();
            if (questions.isEmpty()) {
                throw new RuleViolationException("Exam " + exam.getCode() + " has no questions yet");
            }
        } else {
            var draws = draws(examId);
            if (draws.isEmpty()) {
                throw new RuleViolationException("Exam " + exam.getCode() + " has no draws yet");
            }
            for (var draw : draws) {
                int available = pool(em, draw).size();
                if (available < draw.getQuestionCount()) {
                    throw new RuleViolationException("Exam " + exam.getCode() + " draws " + draw.getQuestionCount()
                            + " questions from bank " + draw.getBank().getName() + " but only " + available + " fit");
                }
            }
        }
        exam.publish();
        return ExamView.of(exam);
    }

    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public ExamView retire(long examId) {
        var exam = find(examId);
        exam.retire();
        return ExamView.of(exam);
    }

    /** The published exams with where the signed-in learner stands. */
    @RolesAllowed(Role.Names.LEARNER)
    public List<LearnerExamView> publishedForMe() {
        var exams = em.createQuery("select e from Exam e left join fetch e.course where e.status = :published "
                        + "and e.kind <> :pre order by e.title", Exam.class)
                .setParameter("published", ExamStatus.PUBLISHED).setParameter("pre", ExamKind.PRE_ASSESSMENT)
                .getResultList();
        var attempts = em.createQuery("select a from ExamAttempt a where a.learner.username = :me order by a.attemptNo",
                ExamAttempt.class).setParameter("me", currentUser.username()).getResultList();
        return exams.stream().map(exam -> {
            var mine = attempts.stream().filter(a -> a.getExam().getId().equals(exam.getId())).toList();
            var best = mine.stream().map(ExamAttempt::getScorePercent).filter(Objects::nonNull).max(BigDecimal::compareTo)
                    .orElse(null);
            boolean passed = mine.stream().anyMatch(a -> Boolean.TRUE.equals(a.getPassed()));
            var open = mine.stream().filter(a -> a.getStatus() == AttemptStatus.IN_PROGRESS).map(ExamAttempt::getId)
                    .findFirst().orElse(null);
            var retakeAfter = mine.isEmpty() ? null : mine.get(mine.size() - 1).getRetakeAfter();
            if (retakeAfter != null && retakeAfter.isBefore(clock.now())) {
                retakeAfter = null;
            }
            return new LearnerExamView(exam.getId(), exam.getCode(), exam.getTitle(),
                    exam.getCourse() == null ? null : exam.getCourse().getTitle(), exam.getTimeLimitMinutes(),
                    exam.getPassMarkPercent(), exam.getMaxAttempts(), exam.getRetakeCooldownHours(),
                    exam.getProctoringNote(), mine.size(), best, passed, open, retakeAfter);
        }).toList();
    }

    /** One published exam for the learner (drafts are not found). */
    @RolesAllowed(Role.Names.LEARNER)
    public LearnerExamView publishedExam(long examId) {
        return publishedForMe().stream().filter(e -> e.id() == examId).findFirst()
                .orElseThrow(() -> new NotFoundException("Exam", examId));
    }

    /** The active questions a draw can pick from. */
    static List<Question> pool(EntityManager em, ExamDraw draw) {
        return em.createQuery("""
                select q from Question q where q.bank = :bank and q.retired = false
                and (:topic is null or q.topic = :topic) and (:difficulty is null or q.difficulty = :difficulty)""",
                        Question.class)
                .setParameter("bank", draw.getBank()).setParameter("topic", draw.getTopic())
                .setParameter("difficulty", draw.getDifficulty()).getResultList();
    }

    private List<ExamDraw> draws(long examId) {
        return em.createQuery("select d from ExamDraw d join fetch d.bank where d.examId = :exam order by d.id",
                ExamDraw.class).setParameter("exam", examId).getResultList();
    }

    private Exam find(long examId) {
        var exam = em.find(Exam.class, examId);
        if (exam == null) {
            throw new NotFoundException("Exam", examId);
        }
        return exam;
    }

    private Course course(Long courseId) {
        if (courseId == null) {
            return null;
        }
        var course = em.find(Course.class, courseId);
        if (course == null) {
            throw InvalidFieldsException.of("courseId", "no course " + courseId);
        }
        return course;
    }

    /**
     * A pre-assessment names an existing learning path; an exam of another kind has neither a path nor a
     * mastery percent.
     */
    private void checkPreAssessment(ExamInput input) {
        List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();
        if (input.kind() == ExamKind.PRE_ASSESSMENT) {
            if (input.pathId() == null) {
                problems.add(new InvalidFieldsException.FieldProblem("pathId",
                        "a pre-assessment needs the learning path it opens"));
            } else if (em.find(LearningPath.class, input.pathId()) == null) {
                problems.add(new InvalidFieldsException.FieldProblem("pathId", "no learning path " + input.pathId()));
            }
        } else {
            if (input.pathId() != null) {
                problems.add(new InvalidFieldsException.FieldProblem("pathId",
                        "only a pre-assessment belongs to a learning path"));
            }
            if (input.masteryPercent() != null) {
                problems.add(new InvalidFieldsException.FieldProblem("masteryPercent",
                        "only a pre-assessment has a mastery percent"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private void save(Runnable action, String code) {
        try {
            action.run();
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                throw new ConflictException("An exam with code " + code + " exists already");
            }
            throw e;
        }
    }
}
