package org.partneracademy.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partneracademy.assessment.workflow.AttemptProcess;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * Grading essays and practicals: vendor admins and training leaders see the attempts waiting for a
 * person and award points to every such question at once (0 to the question's points); that completes
 * the process's grading task, which gives the result in the same transaction. Grading an attempt that
 * is not waiting (graded meanwhile by someone else) is a conflict.
 */
@Stateless
@RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
public class Gradings {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AttemptProcess process;

    public List<AttemptSummary> waiting() {
        return em.createQuery("""
                select a from ExamAttempt a join fetch a.exam join fetch a.learner where a.status = :waiting
                order by a.submittedAt, a.id""", ExamAttempt.class)
                .setParameter("waiting", AttemptStatus.AWAITING_GRADING).getResultStream()
                .map(AttemptSummary::of).toList();
    }

    public GradingSheet sheet(long attemptId) {
        var attempt = em.find(ExamAttempt.class, attemptId);
        if (attempt == null || attempt.getStatus() == AttemptStatus.IN_PROGRESS) {
            throw new NotFoundException("Grading of attempt", attemptId);
        }
        var items = attempt.getQuestions().stream().map(q -> {
            var answer = q.getAnswer();
            return new GradingSheet.Item(q.getPosition(), q.getQuestion().getKind().name(), q.getQuestion().getPrompt(),
                    q.getQuestion().getPoints(), answer == null ? null : describe(answer),
                    q.getQuestion().getKind().gradedByPerson(), q.getPointsAwarded());
        }).toList();
        return new GradingSheet(AttemptSummary.of(attempt), items);
    }

    /** Awards the points of every essay and practical of a waiting attempt and gives the result. */
    public AttemptSummary grade(long attemptId, @NotNull @Valid GradeInput input) {
        var attempt = em.find(ExamAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || attempt.getStatus() == AttemptStatus.IN_PROGRESS) {
            throw new NotFoundException("Grading of attempt", attemptId);
        }
        if (attempt.getStatus() == AttemptStatus.GRADED || !attempt.needsPerson()) {
            throw new ConflictException("Attempt " + attemptId + " was graded already");
        }
        Map<Integer, GradeInput.QuestionGrade> byPosition = new HashMap<>();
        input.grades().forEach(g -> byPosition.put(g.position(), g));
        var grader = em.createQuery("select p from Person p where p.username = :me", Person.class)
                .setParameter("me", currentUser.username()).getSingleResult();
        for (var asked : attempt.getQuestions()) {
            var kind = asked.getQuestion().getKind();
            var grade = byPosition.remove(asked.getPosition());
            if (!kind.gradedByPerson()) {
                if (grade != null) {
                    throw InvalidFieldsException.of("grades", "question " + asked.getPosition() + " is graded by the server");
                }
                continue;
            }
            if (grade == null) {
                throw InvalidFieldsException.of("grades", "question " + asked.getPosition() + " needs points");
            }
            var max = BigDecimal.valueOf(asked.getQuestion().getPoints());
            if (grade.points().compareTo(max) > 0 || grade.points().scale() > 2) {
                throw InvalidFieldsException.of("grades", "question " + asked.getPosition() + " takes 0 to " + max
                        + " points, at most two decimals");
            }
            asked.grade(grade.points(), grader, grade.comment());
        }
        if (!byPosition.isEmpty()) {
            throw InvalidFieldsException.of("grades", "attempt " + attemptId + " has no question " + byPosition.keySet());
        }
        em.flush();
        process.graded(attemptId);
        return AttemptSummary.of(attempt);
    }

    private static String describe(Answer answer) {
        if (answer.text() != null) {
            return answer.text();
        }
        return answer.toJson();
    }
}
