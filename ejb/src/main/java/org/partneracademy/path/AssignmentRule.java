package org.partneracademy.path;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * A rule that assigns paths to every learner it matches.
 *
 * <p>Rules: at least one condition (a rule matching everyone by accident is refused), no condition
 * twice, at least one path. What the rule assigns always mirrors what it matches now: the assignment
 * engine adds the people who newly match and removes the rule's assignments of those who no longer do.
 */
@Entity
@Table(name = "assignment_rule")
public class AssignmentRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Combinator combinator;

    @ElementCollection
    @CollectionTable(name = "assignment_rule_condition", joinColumns = @JoinColumn(name = "rule_id"))
    @OrderColumn(name = "condition_no")
    @ListIndexBase(1)
    private List<RuleCondition> conditions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assignment_rule_path", joinColumns = @JoinColumn(name = "rule_id"))
    @Column(name = "path_id", nullable = false)
    private Set<Long> pathIds = new HashSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AssignmentRule() {
    }

    public AssignmentRule(String name, Combinator combinator, List<RuleCondition> conditions, Set<Long> pathIds,
            Instant now) {
        redefine(name, combinator, conditions, pathIds, now);
    }

    public void redefine(String name, Combinator combinator, List<RuleCondition> conditions, Set<Long> pathIds,
            Instant now) {
        checkConditions(conditions);
        if (pathIds.isEmpty()) {
            throw new RuleViolationException("A rule must assign at least one path");
        }
        this.name = name;
        this.combinator = combinator;
        this.conditions.clear();
        this.conditions.addAll(conditions);
        this.pathIds.clear();
        this.pathIds.addAll(pathIds);
        this.updatedAt = now;
    }

    /** The condition rules on their own, for a preview of a rule not saved yet. */
    public static void checkConditions(List<RuleCondition> conditions) {
        if (conditions.isEmpty()) {
            throw new RuleViolationException("A rule needs at least one condition; a rule without conditions would assign everyone");
        }
        if (new HashSet<>(conditions).size() != conditions.size()) {
            throw new RuleViolationException("A rule cannot name the same condition twice");
        }
    }

    public RuleSql sql() {
        return RuleSql.of(combinator, conditions);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Combinator getCombinator() {
        return combinator;
    }

    public List<RuleCondition> getConditions() {
        return List.copyOf(conditions);
    }

    public Set<Long> getPathIds() {
        return Set.copyOf(pathIds);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
