package org.partneracademy.path;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.partneracademy.catalog.Brand;
import org.partneracademy.partner.PartnerLocation;
import org.partneracademy.partner.PartnerTier;
import org.partneracademy.partner.PartnerType;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.persistence.UniqueNames;
import org.partneracademy.platform.security.Role;

/**
 * The vendor admin's assignment rules. Saving a rule (new or changed) applies it retroactively in the
 * same transaction ({@link Assignments}); a preview runs the very same SQL without saving.
 */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class AssignmentRuleService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    UniqueNames uniqueNames;

    @Inject
    Assignments assignments;

    @Inject
    PathLookups lookups;

    private final Clock clock = Clock.systemUTC();

    public List<RuleView> rules() {
        return em.createQuery("select r from AssignmentRule r order by r.name", AssignmentRule.class).getResultList()
                .stream().map(this::view).toList();
    }

    public RuleView rule(long ruleId) {
        return view(find(ruleId));
    }

    public RuleView create(@NotNull @Valid RuleInput input) {
        var conditions = conditions(input.conditionList());
        var paths = paths(input.pathIdList());
        var rule = new AssignmentRule(input.name().strip(), input.combinator(), conditions, paths, clock.instant());
        uniqueNames.save(rule, AssignmentRule::getId, "rule", input.name());
        assignments.apply(rule);
        return view(rule);
    }

    public RuleView update(long ruleId, @NotNull @Valid RuleInput input) {
        var rule = find(ruleId);
        var conditions = conditions(input.conditionList());
        var paths = paths(input.pathIdList());
        // Before changing the entity: the name query would otherwise flush a clashing name into the table.
        uniqueNames.requireFree(AssignmentRule.class, "rule", input.name(), ruleId);
        rule.redefine(input.name().strip(), input.combinator(), conditions, paths, clock.instant());
        uniqueNames.save(rule, AssignmentRule::getId, "rule", input.name());
        assignments.apply(rule);
        return view(rule);
    }

    /** Whom a rule with these conditions would assign, without saving anything. */
    public RulePreview preview(@NotNull @Valid RuleCriteria criteria) {
        return assignments.preview(criteria.combinator(), conditions(criteria.conditionList()));
    }

    /** The conditions, each value checked against what exists, numbered as the caller sent them. */
    private List<RuleCondition> conditions(List<RuleInput.ConditionInput> inputs) {
        List<RuleCondition> conditions = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            var input = inputs.get(i);
            String value = input.value().strip();
            if (!exists(input.kind(), value)) {
                throw new RuleViolationException("Condition " + (i + 1) + ": there is no " + noun(input.kind()) + " " + value);
            }
            conditions.add(new RuleCondition(input.kind(), value));
        }
        AssignmentRule.checkConditions(conditions);
        return conditions;
    }

    private boolean exists(ConditionKind kind, String value) {
        return switch (kind) {
            case POSITION -> Position.atPartners().stream().anyMatch(p -> p.name().equals(value));
            case PARTNER_TYPE -> Arrays.stream(PartnerType.values()).anyMatch(t -> t.name().equals(value));
            case TIER, TIER_AT_LEAST -> em.find(PartnerTier.class, value) != null;
            case BRAND -> !em.createQuery("select b.id from Brand b where b.code = :code", Long.class)
                    .setParameter("code", value).getResultList().isEmpty();
            case LOCATION -> value.matches("\\d{1,18}") && em.find(PartnerLocation.class, Long.valueOf(value)) != null;
        };
    }

    private static String noun(ConditionKind kind) {
        return switch (kind) {
            case POSITION -> "partner position";
            case PARTNER_TYPE -> "partner type";
            case TIER, TIER_AT_LEAST -> "tier";
            case BRAND -> "brand with the code";
            case LOCATION -> "location with the id";
        };
    }

    private Set<Long> paths(List<Long> pathIds) {
        var ids = new HashSet<>(pathIds);
        var known = lookups.pathRefs(ids).stream().map(PathRef::id).collect(Collectors.toSet());
        var unknown = ids.stream().filter(id -> !known.contains(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("Unknown path(s): " + unknown);
        }
        return ids;
    }

    private RuleView view(AssignmentRule rule) {
        long assigned = ((Number) em.createNativeQuery(
                        "SELECT COUNT(DISTINCT person_id) FROM path_assignment WHERE rule_id = ?1")
                .setParameter(1, rule.getId()).getSingleResult()).longValue();
        return new RuleView(rule.getId(), rule.getName(), rule.getCombinator(),
                rule.getConditions().stream().map(c -> new RuleView.ConditionView(c.getKind(), c.getValue(), lookups.label(c)))
                        .toList(),
                lookups.pathRefs(rule.getPathIds()), assigned);
    }

    private AssignmentRule find(long ruleId) {
        var rule = em.find(AssignmentRule.class, ruleId);
        if (rule == null) {
            throw new NotFoundException("Rule", ruleId);
        }
        return rule;
    }
}
