package org.partneracademy.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.persistence.UniqueNames;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;

/**
 * The vendor admin defines certifications here; everyone signed in reads them (learners pick the ones
 * for their position). Every check runs before anything is written ({@link DefinitionChecks}). An edit
 * raises the revision and keeps path and requirement ids given back, so requirements already met stay
 * met; certificates already issued keep their own dates.
 */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class CertificationDefinitions {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    DefinitionChecks checks;

    @Inject
    UniqueNames uniqueNames;

    @Inject
    AcademyClock clock;

    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.PARTNER_ADMIN, Role.Names.LEARNER,
            Role.Names.TRAINER})
    public List<DefinitionView> definitions() {
        return em.createQuery("select d from CertificationDefinition d order by d.level, d.name", CertificationDefinition.class)
                .getResultList().stream().map(this::view).toList();
    }

    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.PARTNER_ADMIN, Role.Names.LEARNER,
            Role.Names.TRAINER})
    public DefinitionView definition(long id) {
        return view(find(id));
    }

    public DefinitionView create(@NotNull @Valid DefinitionInput input) {
        checks.check(input, null);
        requireFreeCode(input.code(), null);
        var definition = new CertificationDefinition(input.code().strip(), clock.now());
        definition.describe(input, clock.now());
        applyPaths(definition, input);
        uniqueNames.save(definition, CertificationDefinition::getId, "certification definition", input.name());
        return view(definition);
    }

    public DefinitionView update(long id, @NotNull @Valid DefinitionInput input) {
        var definition = find(id);
        checks.check(input, id);
        requireFreeCode(input.code(), id);
        uniqueNames.requireFree(CertificationDefinition.class, "certification definition", input.name(), id);
        definition.describe(input, clock.now());
        applyPaths(definition, input);
        uniqueNames.save(definition, CertificationDefinition::getId, "certification definition", input.name());
        return view(definition);
    }

    /** Courses (published), learning paths and exams a requirement can name, for the definition form. */
    public List<TargetOption> targets() {
        List<TargetOption> options = new ArrayList<>();
        addOptions(options, "course", "Course ", "SELECT id, CONCAT(code, ' ', title) FROM course WHERE status = 'PUBLISHED' ORDER BY code");
        addOptions(options, "path", "Learning path ", "SELECT id, name FROM learning_path ORDER BY name");
        addOptions(options, "exam", "Exam ", "SELECT id, CONCAT(code, ' ', title) FROM exam ORDER BY code");
        return options;
    }

    private void addOptions(List<TargetOption> options, String prefix, String label, String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        rows.forEach(row -> options.add(new TargetOption(prefix + ":" + ((Number) row[0]).longValue(), label + row[1])));
    }

    /** The what-if preview: the dates the (saved or edited) rules give for the completion asked about. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
    public DatePreview.Result preview(@NotNull @Valid DatePreview question) {
        var saved = question.definitionId() == null ? null : find(question.definitionId());
        String validity = question.validity() != null ? question.validity() : saved == null ? null : saved.getValidity();
        ExpiryMode mode = question.expiryMode() != null ? question.expiryMode()
                : saved == null ? ExpiryMode.FROM_COMPLETION : saved.getExpiryMode();
        String day = question.fixedExpiryDay() != null ? question.fixedExpiryDay() : saved == null ? null : saved.getFixedExpiryDay();
        int window = question.windowDays() != null ? question.windowDays() : saved == null ? 0 : saved.getWindowDays();
        int grace = question.graceDays() != null ? question.graceDays() : saved == null ? 0 : saved.getGraceDays();
        List<InvalidFieldsException.FieldProblem> problems = new ArrayList<>();
        if (window < 0 || grace < 0) {
            problems.add(new InvalidFieldsException.FieldProblem(window < 0 ? "windowDays" : "graceDays", "must not be negative"));
        }
        var rules = DefinitionChecks.dateRules(validity, mode, day, window, grace, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        var dates = CertificationDates.of(rules, question.completedAt(), question.previousExpiry());
        return new DatePreview.Result(dates.certifiedAt(), dates.windowOpensAt(), dates.expiresAt(), dates.graceEndsAt(),
                explain(rules, question.previousExpiry() != null));
    }

    private static String explain(CertificationDates.Rules rules, boolean withPrevious) {
        if (rules.validity() == null) {
            return "No validity: the certificate never expires.";
        }
        String expiry = switch (rules.mode()) {
            case FROM_COMPLETION -> "completion + " + rules.validity();
            case FROM_PREVIOUS_EXPIRY -> withPrevious ? "previous expiry + " + rules.validity()
                    + " (completion + " + rules.validity() + " if completed after the previous expiry)"
                    : "completion + " + rules.validity() + " (no previous expiry)";
            case FIXED_DATE -> "valid through the first " + rules.fixedDay() + " on or after completion + " + rules.validity();
        };
        return "Expires: " + expiry + "; window opens " + rules.windowDays() + " days before; grace ends "
                + rules.graceDays() + " days after.";
    }

    private void requireFreeCode(String code, Long ownId) {
        var holders = em.createQuery("select d.id from CertificationDefinition d where d.code = :code", Long.class)
                .setParameter("code", code.strip()).getResultList();
        if (holders.stream().anyMatch(id -> !id.equals(ownId))) {
            throw new ConflictException("A certification definition with code " + code.strip() + " already exists");
        }
    }

    /**
     * Paths given with an id or by the name of an existing path are kept and changed; requirements given
     * with an id or naming the same target as an existing one likewise (so what learners met stays met);
     * new ones are added, the rest removed.
     */
    private void applyPaths(CertificationDefinition definition, DefinitionInput input) {
        Map<Long, CertificationPath> existing = definition.getPaths().stream()
                .collect(Collectors.toMap(CertificationPath::getId, Function.identity()));
        List<CertificationPath> kept = new ArrayList<>();
        for (var pathInput : input.paths()) {
            var path = pathInput.id() != null ? existing.get(pathInput.id())
                    : existing.values().stream().filter(p -> p.getName().equalsIgnoreCase(pathInput.name().strip()))
                    .findFirst().orElseGet(() -> new CertificationPath(definition, pathInput.kind(), pathInput.name().strip()));
            path.rename(pathInput.kind(), pathInput.name().strip());
            Map<Long, CertificationRequirement> requirements = new HashMap<>();
            path.getRequirements().forEach(r -> requirements.put(r.getId(), r));
            List<CertificationRequirement> keptRequirements = new ArrayList<>();
            for (var requirementInput : pathInput.requirements()) {
                var requirement = requirementInput.id() != null ? requirements.get(requirementInput.id())
                        : requirements.values().stream().filter(r -> !keptRequirements.contains(r) && sameTarget(r, requirementInput))
                        .findFirst().orElse(null);
                if (requirement == null) {
                    requirement = new CertificationRequirement(path, requirementInput);
                } else {
                    requirement.redefine(requirementInput);
                }
                keptRequirements.add(requirement);
            }
            path.getRequirements().retainAll(keptRequirements);
            keptRequirements.stream().filter(r -> !path.getRequirements().contains(r)).forEach(path.getRequirements()::add);
            kept.add(path);
        }
        var removed = definition.getPaths().stream().filter(p -> !kept.contains(p)).map(CertificationPath::getId).toList();
        if (!removed.isEmpty() && em.createQuery("select count(c) from Certificate c where c.pathId in :ids", Long.class)
                .setParameter("ids", removed).getSingleResult() > 0) {
            throw new ConflictException("A path that certificates were issued for cannot be removed; rename it instead");
        }
        definition.getPaths().retainAll(kept);
        kept.stream().filter(p -> !definition.getPaths().contains(p)).forEach(definition.getPaths()::add);
    }

    private static boolean sameTarget(CertificationRequirement r, RequirementInput input) {
        return r.getKind() == input.kind() && Objects.equals(r.getCourseId(), input.courseId())
                && Objects.equals(r.getLearningPathId(), input.learningPathId())
                && Objects.equals(r.getExamId(), input.examId())
                && Objects.equals(r.getMetric(), input.metric());
    }

    CertificationDefinition find(long id) {
        var definition = em.find(CertificationDefinition.class, id);
        if (definition == null) {
            throw new NotFoundException("Certification definition", id);
        }
        return definition;
    }

    DefinitionView view(CertificationDefinition d) {
        var labels = new RequirementLabels(em);
        String requires = d.getRequiresDefinitionId() == null ? null
                : em.find(CertificationDefinition.class, d.getRequiresDefinitionId()).getName();
        return new DefinitionView(d.getId(), d.getCode(), d.getName(), d.getDescription(), d.getLevel(), d.getLevelName(),
                d.getRequiresDefinitionId(), requires, d.getPositions(), d.getValidity(), d.getExpiryMode(),
                d.getFixedExpiryDay(), d.getWindowDays(), d.getGraceDays(), d.getStatus(), d.getRevision(), d.getUpdatedAt(),
                d.getPaths().stream().map(p -> new DefinitionView.PathView(p.getId(), p.getKind(), p.getName(),
                        p.getRequirements().stream().map(r -> new DefinitionView.RequirementView(r.getId(), r.getKind(),
                                r.getCourseId(), r.getLearningPathId(), r.getExamId(), r.getMinScorePercent(), r.getMetric(),
                                r.getMinValue(), labels.label(r))).toList())).toList());
    }
}
