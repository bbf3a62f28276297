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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * A learning path for one position (and optionally one brand): ordered groups of ordered steps, and
 * the paths that must be complete first.
 *
 * <p>Rules: the position is one held at partners (not vendor staff); at least one group; every group has at least one step; an elective group asks for N of its
 * M steps with 1 ≤ N ≤ M; a course appears at most once in a path; a path does not require itself.
 * Cycles through other paths, unknown courses and unknown paths are checked by the service, which sees
 * them all.
 */
@Entity
@Table(name = "learning_path")
public class LearningPath {

    /** A group as the caller describes it. */
    public record GroupSpec(GroupKind kind, Integer pick, List<Long> courseIds) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Position position;

    @Column(name = "brand_id")
    private Long brandId;

    @ElementCollection
    @CollectionTable(name = "learning_path_group", joinColumns = @JoinColumn(name = "path_id"))
    @OrderColumn(name = "group_no")
    @ListIndexBase(1)
    private List<StepGroup> groups = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "learning_path_step", joinColumns = @JoinColumn(name = "path_id"))
    @OrderColumn(name = "step_no")
    @ListIndexBase(1)
    private List<PathStep> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "learning_path_prerequisite", joinColumns = @JoinColumn(name = "path_id"))
    @Column(name = "required_path_id", nullable = false)
    private Set<Long> prerequisitePathIds = new HashSet<>();

    @Version
    private long version;

    protected LearningPath() {
    }

    public LearningPath(String name, String description, Position position, Long brandId, List<GroupSpec> groups,
            Set<Long> prerequisitePathIds) {
        redefine(name, description, position, brandId, groups, prerequisitePathIds);
    }

    /** Replaces everything about the path; the rules in the class comment hold afterwards or nothing changes. */
    public void redefine(String name, String description, Position position, Long brandId, List<GroupSpec> groups,
            Set<Long> prerequisitePathIds) {
        check(groups);
        if (!Position.atPartners().contains(position)) {
            throw new RuleViolationException("Paths are for positions at partners; " + position + " is not one");
        }
        if (id != null && prerequisitePathIds.contains(id)) {
            throw new RuleViolationException("The path " + name + " cannot require itself");
        }
        this.name = name;
        this.description = description;
        this.position = position;
        this.brandId = brandId;
        this.groups.clear();
        this.steps.clear();
        for (var group : groups) {
            this.groups.add(new StepGroup(group.kind(), group.kind() == GroupKind.ELECTIVE ? group.pick() : null));
            int groupNo = this.groups.size();
            group.courseIds().forEach(courseId ->
                    this.steps.add(new PathStep(courseId, group.kind() == GroupKind.REQUIRED, groupNo)));
        }
        this.prerequisitePathIds.clear();
        this.prerequisitePathIds.addAll(prerequisitePathIds);
    }

    static void check(List<GroupSpec> groups) {
        if (groups.isEmpty()) {
            throw new RuleViolationException("A path needs at least one group of steps");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            var group = groups.get(i);
            int no = i + 1;
            int size = group.courseIds().size();
            if (size == 0) {
                throw new RuleViolationException("Group " + no + " has no steps");
            }
            switch (group.kind()) {
                case REQUIRED -> {
                    if (group.pick() != null && group.pick() != size) {
                        throw new RuleViolationException("Group " + no + " is required: all of its " + size
                                + " steps count, so it cannot ask for " + group.pick() + " (make it elective)");
                    }
                }
                case ELECTIVE -> {
                    if (group.pick() == null || group.pick() < 1 || group.pick() > size) {
                        throw new RuleViolationException("Group " + no + " is elective: it must ask for between 1 and "
                                + size + " of its " + size + " steps, not " + group.pick());
                    }
                }
                case OPTIONAL -> throw new RuleViolationException(
                        "Group " + no + ": a group is either REQUIRED or ELECTIVE");
            }
            for (Long courseId : group.courseIds()) {
                if (!seen.add(courseId)) {
                    throw new RuleViolationException("Course " + courseId + " appears more than once in the path");
                }
            }
        }
    }

    /**
     * The path as progress reads it. Steps written before groups existed form a required group of the
     * steps flagged required and an optional group of the others.
     */
    public PathPlan plan() {
        List<PathPlan.Group> planned = new ArrayList<>();
        Map<Integer, List<Long>> byGroup = new LinkedHashMap<>();
        List<Long> legacyRequired = new ArrayList<>();
        List<Long> legacyOptional = new ArrayList<>();
        for (var step : steps) {
            if (step.getGroupNo() != null && step.getGroupNo() >= 1 && step.getGroupNo() <= groups.size()) {
                byGroup.computeIfAbsent(step.getGroupNo(), k -> new ArrayList<>()).add(step.getCourseId());
            } else if (step.isRequired()) {
                legacyRequired.add(step.getCourseId());
            } else {
                legacyOptional.add(step.getCourseId());
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            var group = groups.get(i);
            var courses = byGroup.getOrDefault(i + 1, List.of());
            if (!courses.isEmpty()) {
                planned.add(new PathPlan.Group(i + 1, group.getKind(), group.getPick(), courses));
            }
        }
        if (!legacyRequired.isEmpty()) {
            planned.add(new PathPlan.Group(planned.size() + 1, GroupKind.REQUIRED, null, legacyRequired));
        }
        if (!legacyOptional.isEmpty()) {
            planned.add(new PathPlan.Group(planned.size() + 1, GroupKind.OPTIONAL, null, legacyOptional));
        }
        return new PathPlan(id == null ? 0 : id, name, planned, prerequisitePathIds);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Position getPosition() {
        return position;
    }

    public Long getBrandId() {
        return brandId;
    }

    public Set<Long> getPrerequisitePathIds() {
        return Set.copyOf(prerequisitePathIds);
    }

    public long getVersion() {
        return version;
    }
}
