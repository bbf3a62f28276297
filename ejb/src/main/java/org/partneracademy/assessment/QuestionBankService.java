package org.partneracademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.partneracademy.catalog.Course;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.persistence.UniqueKeyViolation;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;

/**
 * The vendor admin's question banks and questions. Editing a question that an attempt has used retires
 * it and saves an edited copy in its place (fixed exams that listed it list the copy); a question no
 * attempt has used is edited in place. A question a fixed exam still lists cannot be retired.
 */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class QuestionBankService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    AcademyClock clock;

    public List<BankView> banks() {
        return em.createQuery("""
                select new org.partneracademy.assessment.BankView(b.id, b.name, c.id, c.title, b.description,
                    (select count(q) from Question q where q.bank = b and q.retired = false))
                from QuestionBank b left join b.course c order by b.name""", BankView.class).getResultList();
    }

    public BankDetails bank(long bankId) {
        var view = banks().stream().filter(b -> b.id() == bankId).findFirst()
                .orElseThrow(() -> new NotFoundException("Question bank", bankId));
        var questions = em.createQuery("""
                select q from Question q where q.bank.id = :bank and q.retired = false order by q.topic, q.id""",
                Question.class).setParameter("bank", bankId).getResultStream().map(QuestionView::of).toList();
        return new BankDetails(view, questions);
    }

    public BankView create(@NotNull @Valid BankInput input) {
        var bank = new QuestionBank(input.name(), course(input.courseId()), input.description(), clock.now());
        try {
            em.persist(bank);
            em.flush();
        } catch (PersistenceException e) {
            throw nameTaken(e, input.name());
        }
        return bank(bank.getId()).bank();
    }

    public BankView update(long bankId, @NotNull @Valid BankInput input) {
        var bank = find(bankId);
        bank.describe(input.name(), course(input.courseId()), input.description());
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw nameTaken(e, input.name());
        }
        return bank(bankId).bank();
    }

    public QuestionView addQuestion(long bankId, @NotNull @Valid QuestionInput input) {
        var question = new Question(find(bankId), input, clock.now());
        em.persist(question);
        em.flush();
        return QuestionView.of(question);
    }

    public QuestionView question(long bankId, long questionId) {
        return QuestionView.of(findQuestion(bankId, questionId));
    }

    /**
     * Edits a question: in place if no attempt used it, otherwise the question is retired and the edited
     * copy (a new id) is returned; fixed exams listing the old question list the copy.
     */
    public QuestionView editQuestion(long bankId, long questionId, @NotNull @Valid QuestionInput input) {
        var question = findQuestion(bankId, questionId);
        if (question.isRetired()) {
            throw new ConflictException("Question " + questionId + " is retired: edit its current version");
        }
        Question.check(input);
        boolean used = em.createQuery("select count(a) from AttemptQuestion a where a.question = :q", Long.class)
                .setParameter("q", question).getSingleResult() > 0;
        if (!used) {
            question.dropOptions();
            em.flush();
            question.rewrite(input);
            em.flush();
            return QuestionView.of(question);
        }
        question.retire();
        var copy = new Question(question.getBank(), input, clock.now());
        em.persist(copy);
        em.createQuery("select e from ExamQuestion e where e.question = :q", ExamQuestion.class)
                .setParameter("q", question).getResultList().forEach(e -> e.replaceQuestion(copy));
        em.flush();
        return QuestionView.of(copy);
    }

    /** Takes a question out of use; refused while a fixed exam lists it. */
    public void retireQuestion(long bankId, long questionId) {
        var question = findQuestion(bankId, questionId);
        var exams = em.createQuery("""
                select distinct x.code from ExamQuestion e, Exam x where e.id.examId = x.id and e.question = :q
                and x.status <> org.partneracademy.assessment.ExamStatus.RETIRED""", String.class)
                .setParameter("q", question).getResultList();
        if (!exams.isEmpty()) {
            throw new ConflictException("Question " + questionId + " is asked by exam(s) " + String.join(", ", exams)
                    + ": remove it there first");
        }
        question.retire();
    }

    private QuestionBank find(long bankId) {
        var bank = em.find(QuestionBank.class, bankId);
        if (bank == null) {
            throw new NotFoundException("Question bank", bankId);
        }
        return bank;
    }

    private Question findQuestion(long bankId, long questionId) {
        var question = em.find(Question.class, questionId);
        if (question == null || question.getBank().getId() != bankId) {
            throw new NotFoundException("Question", questionId);
        }
        return question;
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

    private static RuntimeException nameTaken(PersistenceException e, String name) {
        return UniqueKeyViolation.isCause(e) ? new ConflictException("A question bank named " + name + " exists already") : e;
    }
}
