package org.partneracademy.path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partneracademy.partner.PartnerProfileChanged;
import org.partneracademy.partner.PeopleJoined;
import org.partneracademy.partner.PersonProfileChanged;

/**
 * The assignment engine: keeps {@code path_assignment} equal to what the rules match, with set-based
 * SQL (one DELETE and one INSERT ... SELECT per rule), so a rule over 100,000 learners is two statements,
 * not 100,000 round trips. It runs in the caller's transaction: saving a rule, adding people or changing
 * a person or partner either assigns accordingly or does not happen at all.
 *
 * <p>Semantics: a rule's assignments mirror whom it matches now. People who newly match get the rule's
 * paths; people who no longer match (or a path the rule no longer names) lose that rule's assignment,
 * and keep the path only while another rule assigns it. Progress is never lost with an assignment: it
 * is computed from completed enrollments, so a path assigned again shows the progress made before.
 */
@ApplicationScoped
public class Assignments {

    /** Whom a preview names at most. */
    public static final int PREVIEW_NAMES = 20;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    /** Brings one rule's assignments up to date for everyone: after the rule is created or changed. */
    public void apply(AssignmentRule rule) {
        em.flush();
        reconcile(rule, null);
    }

    void onPeopleJoined(@Observes PeopleJoined joined) {
        if (!joined.personIds().isEmpty()) {
            reconcileAll(new NativeStatement().append(" AND p.id IN ").appendIn(joined.personIds()));
        }
    }

    void onPersonChanged(@Observes PersonProfileChanged changed) {
        reconcileAll(new NativeStatement().append(" AND p.id = ?", changed.personId()));
    }

    void onPartnerChanged(@Observes PartnerProfileChanged changed) {
        reconcileAll(new NativeStatement().append(" AND p.partner_id = ?", changed.partnerId()));
    }

    /** How many people a rule with these conditions would match, and the first names in alphabetical order. */
    public RulePreview preview(Combinator combinator, List<RuleCondition> conditions) {
        var where = RuleSql.of(combinator, conditions);
        long count = ((Number) new NativeStatement().append("SELECT COUNT(*)" + RuleSql.FROM + "WHERE ").append(where)
                .build(em).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<String> names = new NativeStatement().append("SELECT p.display_name" + RuleSql.FROM + "WHERE ").append(where)
                .append(" ORDER BY p.display_name, p.id LIMIT " + PREVIEW_NAMES)
                .build(em).getResultList();
        return new RulePreview(count, names);
    }

    private void reconcileAll(NativeStatement scope) {
        em.flush();
        em.createQuery("select r from AssignmentRule r", AssignmentRule.class).getResultList()
                .forEach(rule -> reconcile(rule, scope));
    }

    /**
     * Removes the rule's assignments that no longer hold and adds those that now do, for everyone or
     * for the people the scope (an SQL fragment over {@code p}) selects.
     */
    private void reconcile(AssignmentRule rule, NativeStatement scope) {
        var matched = rule.sql();
        String scopeSql = scope == null ? "" : scope.sqlText();
        Object[] scopeParameters = scope == null ? new Object[0] : scope.parameterValues();

        var delete = new NativeStatement()
                .append("DELETE FROM path_assignment WHERE rule_id = ?", rule.getId());
        if (scope != null) {
            delete.append(" AND person_id IN (SELECT p.id FROM person p WHERE 1 = 1" + scopeSql + ")", scopeParameters);
        }
        delete.append(" AND (path_id NOT IN (SELECT rp.path_id FROM assignment_rule_path rp WHERE rp.rule_id = ?)", rule.getId())
                .append(" OR person_id NOT IN (SELECT p.id" + RuleSql.FROM + "WHERE ").append(matched).append("))");
        delete.build(em).executeUpdate();

        new NativeStatement()
                .append("INSERT INTO path_assignment (person_id, path_id, rule_id, assigned_at)"
                        + " SELECT p.id, rp.path_id, ?, UTC_TIMESTAMP(6)", rule.getId())
                .append(RuleSql.FROM + "JOIN assignment_rule_path rp ON rp.rule_id = ? WHERE ", rule.getId())
                .append(matched)
                .append(scopeSql, scopeParameters)
                .append(" AND NOT EXISTS (SELECT 1 FROM path_assignment x"
                        + " WHERE x.person_id = p.id AND x.path_id = rp.path_id AND x.rule_id = ?)", rule.getId())
                .build(em).executeUpdate();
    }
}
