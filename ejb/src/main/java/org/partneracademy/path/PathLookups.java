package org.partneracademy.path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.partneracademy.catalog.Brand;
import org.partneracademy.partner.PartnerTier;
import org.partneracademy.platform.error.RuleViolationException;

/**
 * Reads the services of this feature share: courses by id (the catalog's table, read by id, code and
 * title only), path plans with their prerequisite paths, the course rules, and condition labels.
 */
@ApplicationScoped
public class PathLookups {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public Map<Long, CourseRef> courses(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = new NativeStatement().append("SELECT id, code, title FROM course WHERE id IN ")
                .appendIn(new TreeSet<>(ids)).build(em).getResultList();
        Map<Long, CourseRef> found = new HashMap<>();
        rows.forEach(row -> {
            long id = ((Number) row[0]).longValue();
            found.put(id, new CourseRef(id, (String) row[1], (String) row[2]));
        });
        return found;
    }

    /** Refuses ids of courses that do not exist, naming them. */
    public void requireCourses(Collection<Long> ids) {
        var found = courses(ids);
        var unknown = ids.stream().filter(id -> !found.containsKey(id)).distinct().sorted().toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("Unknown course(s): " + unknown);
        }
    }

    public CourseRef course(long id) {
        var ref = courses(List.of(id)).get(id);
        return ref == null ? new CourseRef(id, "#" + id, "Course " + id) : ref;
    }

    public PathView view(LearningPath path) {
        var plan = path.plan();
        var courses = courses(plan.groups().stream().flatMap(g -> g.courseIds().stream()).toList());
        var groups = plan.groups().stream().map(group -> new PathView.GroupView(group.no(), group.kind(), group.pick(),
                group.courseIds().stream().map(id -> courses.getOrDefault(id, new CourseRef(id, "#" + id, "Course " + id))).toList()))
                .toList();
        var brand = path.getBrandId() == null ? null : em.find(Brand.class, path.getBrandId());
        return new PathView(path.getId(), path.getName(), path.getDescription(), path.getPosition(), path.getBrandId(),
                brand == null ? null : brand.getName(), groups, pathRefs(path.getPrerequisitePathIds()));
    }

    public List<PathRef> pathRefs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from LearningPath p where p.id in :ids order by p.name", LearningPath.class)
                .setParameter("ids", ids).getResultList().stream()
                .map(p -> new PathRef(p.getId(), p.getName())).toList();
    }

    /** The plans of these paths and of every path they require, directly or through others. */
    public Map<Long, PathPlan> plansWithPrerequisites(Collection<Long> pathIds) {
        Map<Long, PathPlan> plans = new LinkedHashMap<>();
        var pending = new ArrayDeque<>(pathIds);
        while (!pending.isEmpty()) {
            long id = pending.pop();
            if (plans.containsKey(id)) {
                continue;
            }
            var path = em.find(LearningPath.class, id);
            if (path != null) {
                var plan = path.plan();
                plans.put(id, plan);
                pending.addAll(plan.prerequisitePathIds());
            }
        }
        return plans;
    }

    public CourseRules courseRules() {
        return new CourseRules(
                edges(em.createQuery("select e from CourseEquivalency e", CourseEquivalency.class).getResultList().stream()
                        .map(e -> new long[] {e.getCourseId(), e.getCountsForCourseId()}).toList()),
                edges(em.createQuery("select p from CoursePrerequisite p", CoursePrerequisite.class).getResultList().stream()
                        .map(p -> new long[] {p.getCourseId(), p.getRequiredCourseId()}).toList()));
    }

    /**
     * The rules that decide whether one course's prerequisites are met: its own prerequisites and the
     * equivalencies that count for them, directly or through a chain. Same answers as
     * {@link #courseRules()} for this course, without reading the whole catalog's rules.
     */
    public CourseRules courseRulesFor(long courseId) {
        var required = em.createQuery(
                        "select p.requiredCourseId from CoursePrerequisite p where p.courseId = :course", Long.class)
                .setParameter("course", courseId).getResultList();
        if (required.isEmpty()) {
            return CourseRules.none();
        }
        List<long[]> countsFor = new ArrayList<>();
        Set<Long> reached = new HashSet<>(required);
        Set<Long> frontier = new HashSet<>(required);
        while (!frontier.isEmpty()) {
            var found = em.createQuery(
                            "select e from CourseEquivalency e where e.countsForCourseId in :targets", CourseEquivalency.class)
                    .setParameter("targets", frontier).getResultList();
            frontier = new HashSet<>();
            for (var e : found) {
                countsFor.add(new long[] {e.getCourseId(), e.getCountsForCourseId()});
                if (reached.add(e.getCourseId())) {
                    frontier.add(e.getCourseId());
                }
            }
        }
        return new CourseRules(edges(countsFor),
                Map.of(courseId, new HashSet<>(required)));
    }

    static Map<Long, Set<Long>> edges(List<long[]> pairs) {
        Map<Long, Set<Long>> edges = new HashMap<>();
        pairs.forEach(pair -> edges.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]));
        return edges;
    }

    public Map<String, Integer> tierLevels() {
        Map<String, Integer> levels = new HashMap<>();
        em.createQuery("select t from PartnerTier t", PartnerTier.class).getResultList()
                .forEach(t -> levels.put(t.getCode(), t.getLevel()));
        return levels;
    }

    /** A condition as people read it, e.g. "tier Gold or above", "location Northwind Berlin". */
    public String label(RuleCondition condition) {
        String value = condition.getValue();
        return switch (condition.getKind()) {
            case POSITION -> "position " + value;
            case BRAND -> "brand " + value;
            case LOCATION -> "location " + locationName(value);
            case TIER -> "tier " + value;
            case TIER_AT_LEAST -> "tier " + value + " or above";
            case PARTNER_TYPE -> "partner type " + value;
        };
    }

    private String locationName(String id) {
        try {
            return em.createQuery("select l.name from PartnerLocation l where l.id = :id", String.class)
                    .setParameter("id", Long.valueOf(id)).getResultStream().findFirst().orElse(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }
}
