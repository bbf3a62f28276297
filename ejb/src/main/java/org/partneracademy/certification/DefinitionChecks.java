package org.partneracademy.certification;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.InvalidFieldsException.FieldProblem;

/**
 * Every rule of a definition that Bean Validation cannot see, checked before anything is written and
 * reported together, field by field (400): a validity that is no ISO period, a window as long as the
 * validity, FIXED_DATE without a valid day, a level that requires itself, an unknown or higher level or a
 * cycle of levels, not exactly one original path, duplicate path names, and requirements without their
 * target or naming unknown courses, learning paths or exams.
 */
@Dependent
class DefinitionChecks {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    /** The date rules alone (also for the preview of an unsaved edit); adds its problems to {@code problems}. */
    static CertificationDates.Rules dateRules(String validity, ExpiryMode mode, String fixedDay, int windowDays, int graceDays,
            List<FieldProblem> problems) {
        Period period = null;
        if (validity != null && !validity.isBlank()) {
            try {
                period = Period.parse(validity.strip());
                if (period.isNegative() || period.isZero()) {
                    problems.add(new FieldProblem("validity", "must be a positive period such as P2Y or P18M"));
                    period = null;
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("validity", "must be an ISO-8601 period such as P2Y or P18M"));
            }
        }
        if (period != null && windowDays >= CertificationDates.shortestDays(period)) {
            problems.add(new FieldProblem("windowDays", "the recertification window (" + windowDays
                    + " days) must be shorter than the validity " + period));
        }
        MonthDay day = null;
        if (fixedDay != null && !fixedDay.isBlank()) {
            try {
                day = MonthDay.parse("--" + fixedDay.strip());
            } catch (DateTimeException e) {
                problems.add(new FieldProblem("fixedExpiryDay", "must be a day of the year as MM-DD, e.g. 12-31"));
            }
        }
        if (mode == ExpiryMode.FIXED_DATE && (fixedDay == null || fixedDay.isBlank())) {
            problems.add(new FieldProblem("fixedExpiryDay", "is required when the expiry mode is FIXED_DATE"));
        }
        if (mode == ExpiryMode.FIXED_DATE && day == null || mode == null || windowDays < 0 || graceDays < 0) {
            return null;
        }
        return problems.isEmpty() ? new CertificationDates.Rules(period, mode, day, windowDays, graceDays) : null;
    }

    /** @param ownId the definition being edited, null for a new one */
    void check(DefinitionInput input, Long ownId) {
        List<FieldProblem> problems = new ArrayList<>();
        dateRules(input.validity(), input.expiryMode(), input.fixedExpiryDay(), input.windowDays(), input.graceDays(), problems);
        checkLevel(input, ownId, problems);
        checkPaths(input, ownId, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private void checkLevel(DefinitionInput input, Long ownId, List<FieldProblem> problems) {
        Long required = input.requiresDefinitionId();
        if (required == null) {
            return;
        }
        if (required.equals(ownId)) {
            problems.add(new FieldProblem("requiresDefinitionId", "a level cannot require itself"));
            return;
        }
        var below = em.find(CertificationDefinition.class, required);
        if (below == null) {
            problems.add(new FieldProblem("requiresDefinitionId", "no certification definition " + required));
            return;
        }
        if (below.getLevel() >= input.level()) {
            problems.add(new FieldProblem("requiresDefinitionId", "must be a lower level than " + input.level()
                    + " (" + below.getName() + " is level " + below.getLevel() + ")"));
        }
        Set<Long> seen = new HashSet<>();
        for (var step = below; step != null && step.getRequiresDefinitionId() != null && seen.add(step.getId()); ) {
            if (step.getRequiresDefinitionId().equals(ownId)) {
                problems.add(new FieldProblem("requiresDefinitionId", "would form a cycle: " + below.getName()
                        + " already requires this definition"));
                return;
            }
            step = em.find(CertificationDefinition.class, step.getRequiresDefinitionId());
        }
    }

    private void checkPaths(DefinitionInput input, Long ownId, List<FieldProblem> problems) {
        var paths = input.paths();
        if (paths == null) {
            return;
        }
        long originals = paths.stream().filter(p -> p != null && p.kind() == PathKind.ORIGINAL).count();
        if (originals != 1) {
            problems.add(new FieldProblem("paths", "must have exactly one ORIGINAL path (has " + originals + ")"));
        }
        Set<String> names = new HashSet<>();
        Set<Long> ownPathIds = ownId == null ? Set.of() : Set.copyOf(em.createQuery(
                "select p.id from CertificationPath p where p.definition.id = :id", Long.class)
                .setParameter("id", ownId).getResultList());
        Set<Long> ownRequirementIds = ownId == null ? Set.of() : Set.copyOf(em.createQuery(
                "select r.id from CertificationRequirement r where r.path.definition.id = :id", Long.class)
                .setParameter("id", ownId).getResultList());
        for (int i = 0; i < paths.size(); i++) {
            var path = paths.get(i);
            String at = "paths[" + i + "]";
            if (path == null) {
                continue;
            }
            if (path.name() != null && !names.add(path.name().strip().toLowerCase())) {
                problems.add(new FieldProblem(at + ".name", "another path of this definition has this name"));
            }
            if (path.id() != null && !ownPathIds.contains(path.id())) {
                problems.add(new FieldProblem(at + ".id", "no path " + path.id() + " of this definition"));
            }
            if (path.requirements() == null) {
                continue;
            }
            for (int j = 0; j < path.requirements().size(); j++) {
                var requirement = path.requirements().get(j);
                if (requirement != null) {
                    checkRequirement(requirement, at + ".requirements[" + j + "]", ownRequirementIds, problems);
                }
            }
        }
    }

    private void checkRequirement(RequirementInput r, String at, Set<Long> ownIds, List<FieldProblem> problems) {
        if (r.id() != null && !ownIds.contains(r.id())) {
            problems.add(new FieldProblem(at + ".id", "no requirement " + r.id() + " of this definition"));
        }
        if (r.kind() == null) {
            return;
        }
        switch (r.kind()) {
            case COURSE -> requireExisting(r.courseId(), "course", at + ".courseId", problems);
            case LEARNING_PATH -> requireExisting(r.learningPathId(), "learning_path", at + ".learningPathId", problems);
            case EXAM, PRACTICAL -> requireExisting(r.examId(), "exam", at + ".examId", problems);
            case PERFORMANCE -> {
                if (r.metric() == null || r.metric().isBlank()) {
                    problems.add(new FieldProblem(at + ".metric", "is required for a PERFORMANCE requirement"));
                }
                if (r.minValue() == null) {
                    problems.add(new FieldProblem(at + ".minValue", "is required for a PERFORMANCE requirement"));
                }
            }
        }
    }

    private void requireExisting(Long id, String table, String field, List<FieldProblem> problems) {
        if (id == null) {
            problems.add(new FieldProblem(field, "is required for this kind of requirement"));
        } else if (!exists(table, List.of(id))) {
            problems.add(new FieldProblem(field, "no " + table.replace('_', ' ') + " " + id));
        }
    }

    private boolean exists(String table, Collection<Long> ids) {
        // The table name is one of three constants above, never input.
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE id IN (?1)")
                .setParameter(1, ids).getSingleResult();
        return count.intValue() == ids.size();
    }
}
