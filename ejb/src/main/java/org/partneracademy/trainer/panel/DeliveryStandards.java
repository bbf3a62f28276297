package org.partneracademy.trainer.panel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partneracademy.assessment.Exam;
import org.partneracademy.assessment.ExamKind;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.InvalidFieldsException.FieldProblem;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;

/**
 * The vendor admin sets each course family's delivery standard; training leaders read it. Every check runs
 * before anything is written, and every problem is named at once. The trainer exam must be a TRAINER_EXAM
 * whose pass mark is above every learner exam of the family: a trainer must know more than their learners.
 */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class DeliveryStandards {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AcademyClock clock;

    @Inject
    StandardReader reader;

    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
    public DeliveryStandardView standard(String courseCode) {
        requireCourseFamily(courseCode);
        return find(courseCode).map(this::view)
                .orElseThrow(() -> new NotFoundException("Delivery standard of course", courseCode));
    }

    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
    public List<DeliveryStandardView> standards() {
        return em.createQuery("select s from DeliveryStandard s order by s.courseCode", DeliveryStandard.class)
                .getResultList().stream().map(this::view).toList();
    }

    /** Creates or replaces the standard of a course family. */
    public DeliveryStandardView save(String courseCode, @NotNull DeliveryStandardInput given) {
        requireCourseFamily(courseCode);
        var input = given.withDefaults();
        check(courseCode, input);
        var existing = find(courseCode);
        var standard = existing.orElseGet(() -> new DeliveryStandard(courseCode));
        standard.apply(input, currentUser.username(), clock.now());
        try {
            if (existing.isEmpty()) {
                em.persist(standard);
            }
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (org.partneracademy.platform.persistence.UniqueKeyViolation.isCause(e)) {
                throw new org.partneracademy.platform.error.ConflictException("The delivery standard of " + courseCode
                        + " was saved by another request at the same moment, or two criteria share a name; reload and try again");
            }
            throw e;
        }
        return view(standard);
    }

    private java.util.Optional<DeliveryStandard> find(String courseCode) {
        return reader.find(courseCode);
    }

    private void requireCourseFamily(String courseCode) {
        long courses = em.createQuery("select count(c) from Course c where c.code = :code", Long.class)
                .setParameter("code", courseCode).getSingleResult();
        if (courses == 0) {
            throw new NotFoundException("Course", courseCode);
        }
    }

    private void check(String courseCode, DeliveryStandardInput input) {
        var problems = new ArrayList<FieldProblem>();
        range(problems, "passPercent", input.passPercent(), 1, 100);
        range(problems, "validityMonths", input.validityMonths(), 1, 120);
        range(problems, "renewalDeliveries", input.renewalDeliveries(), 1, 100);
        range(problems, "maxTries", input.maxTries(), 1, 10);
        range(problems, "panelDays", input.panelDays(), 1, 90);
        if (input.renewalMinRating().compareTo(BigDecimal.ONE) < 0 || input.renewalMinRating().compareTo(BigDecimal.valueOf(5)) > 0) {
            problems.add(new FieldProblem("renewalMinRating", "must be between 1 and 5"));
        }
        var names = new HashSet<String>();
        for (int i = 0; i < input.criteria().size(); i++) {
            var c = input.criteria().get(i);
            String field = "criteria[" + i + "].";
            if (c == null || c.name() == null || c.name().isBlank()) {
                problems.add(new FieldProblem(field + "name", "is required"));
            } else if (c.name().strip().length() > 200) {
                problems.add(new FieldProblem(field + "name", "must be at most 200 characters"));
            } else if (!names.add(c.name().strip().toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(field + "name", "is used by another criterion of this standard"));
            }
            if (c == null) {
                continue;
            }
            if (c.description() != null && c.description().length() > 2000) {
                problems.add(new FieldProblem(field + "description", "must be at most 2000 characters"));
            }
            range(problems, field + "weight", c.weight(), 1, 100);
            range(problems, field + "minimumScore", c.minimumScore(), 1, 5);
        }
        if (input.trainerExamId() != null) {
            checkTrainerExam(courseCode, input.trainerExamId()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private Optional<FieldProblem> checkTrainerExam(String courseCode, long examId) {
        var exam = em.find(Exam.class, examId);
        if (exam == null) {
            return Optional.of(new FieldProblem("trainerExamId", "no exam has id " + examId));
        }
        if (exam.getKind() != ExamKind.TRAINER_EXAM) {
            return Optional.of(new FieldProblem("trainerExamId", "exam " + exam.getCode() + " is a " + exam.getKind()
                    + " exam, not a TRAINER_EXAM"));
        }
        if (exam.getCourse() != null && !courseCode.equals(exam.getCourse().getCode())) {
            return Optional.of(new FieldProblem("trainerExamId", "exam " + exam.getCode() + " belongs to course "
                    + exam.getCourse().getCode() + ", not " + courseCode));
        }
        Integer learnerMark = em.createQuery("""
                        select max(e.passMarkPercent) from Exam e where e.kind = :kind and e.course.code = :code""",
                        Integer.class)
                .setParameter("kind", ExamKind.EXAM).setParameter("code", courseCode).getSingleResult();
        if (learnerMark != null && exam.getPassMarkPercent() <= learnerMark) {
            return Optional.of(new FieldProblem("trainerExamId", "the trainer exam's pass mark (" + exam.getPassMarkPercent()
                    + "%) must be higher than every learner exam of " + courseCode + " (up to " + learnerMark + "%)"));
        }
        return Optional.empty();
    }

    private static void range(List<FieldProblem> problems, String field, Integer value, int min, int max) {
        if (value == null) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (value < min || value > max) {
            problems.add(new FieldProblem(field, "must be between " + min + " and " + max));
        }
    }

    private DeliveryStandardView view(DeliveryStandard s) {
        return reader.view(s);
    }
}
