package org.partneracademy.path;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partneracademy.catalog.Brand;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.persistence.UniqueNames;
import org.partneracademy.platform.security.Role;

/**
 * The vendor admin defines learning paths, course prerequisites and equivalencies here. Every check
 * runs before anything is written: unknown courses, brands or paths, a path that would require itself
 * through others, a course prerequisite or equivalency that would close a loop.
 */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class LearningPathService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    UniqueNames uniqueNames;

    @Inject
    PathLookups lookups;

    public List<PathView> paths() {
        return em.createQuery("select p from LearningPath p order by p.name", LearningPath.class).getResultList()
                .stream().map(lookups::view).toList();
    }

    public PathView path(long pathId) {
        return lookups.view(find(pathId));
    }

    public PathView create(@NotNull @Valid PathInput input) {
        var groups = checked(input, null);
        var path = new LearningPath(input.name().strip(), input.description(), input.position(), input.brandId(), groups,
                new HashSet<>(input.prerequisites()));
        uniqueNames.save(path, LearningPath::getId, "path", input.name());
        return lookups.view(path);
    }

    public PathView update(long pathId, @NotNull @Valid PathInput input) {
        var path = find(pathId);
        var groups = checked(input, pathId);
        // Before changing the entity: the name query would otherwise flush a clashing name into the table.
        uniqueNames.requireFree(LearningPath.class, "path", input.name(), pathId);
        path.redefine(input.name().strip(), input.description(), input.position(), input.brandId(), groups,
                new HashSet<>(input.prerequisites()));
        uniqueNames.save(path, LearningPath::getId, "path", input.name());
        return lookups.view(path);
    }

    public List<BrandOption> brands() {
        return em.createQuery("select b from Brand b order by b.name", Brand.class).getResultList().stream()
                .map(b -> new BrandOption(b.getId(), b.getCode(), b.getName())).toList();
    }

    public CourseRelationsView courseRelations() {
        var prerequisites = em.createQuery("select p from CoursePrerequisite p order by p.id", CoursePrerequisite.class)
                .getResultList();
        var equivalencies = em.createQuery("select e from CourseEquivalency e order by e.id", CourseEquivalency.class)
                .getResultList();
        Set<Long> ids = new HashSet<>();
        prerequisites.forEach(p -> ids.addAll(List.of(p.getCourseId(), p.getRequiredCourseId())));
        equivalencies.forEach(e -> ids.addAll(List.of(e.getCourseId(), e.getCountsForCourseId())));
        var courses = lookups.courses(ids);
        Function<Long, CourseRef> ref = id -> courses.getOrDefault(id, new CourseRef(id, "#" + id, "Course " + id));
        return new CourseRelationsView(
                prerequisites.stream().map(p -> new CourseRelationsView.Relation(p.getId(), ref.apply(p.getCourseId()),
                        ref.apply(p.getRequiredCourseId()))).toList(),
                equivalencies.stream().map(e -> new CourseRelationsView.Relation(e.getId(), ref.apply(e.getCourseId()),
                        ref.apply(e.getCountsForCourseId()))).toList());
    }

    /** Course {@code courseId} requires {@code otherCourseId}; refused if it would close a loop. */
    public CourseRelationsView addPrerequisite(@NotNull @Valid CourseRelationInput input) {
        var edges = edgesOf(em.createQuery("select p from CoursePrerequisite p", CoursePrerequisite.class).getResultList()
                .stream().map(p -> new long[] {p.getCourseId(), p.getRequiredCourseId()}).toList());
        checkRelation(input, edges, "prerequisite", "requires");
        em.persist(new CoursePrerequisite(input.courseId(), input.otherCourseId()));
        em.flush();
        return courseRelations();
    }

    /** Completing {@code courseId} counts for {@code otherCourseId}; refused if it would close a loop. */
    public CourseRelationsView addEquivalency(@NotNull @Valid CourseRelationInput input) {
        var edges = edgesOf(em.createQuery("select e from CourseEquivalency e", CourseEquivalency.class).getResultList()
                .stream().map(e -> new long[] {e.getCourseId(), e.getCountsForCourseId()}).toList());
        checkRelation(input, edges, "equivalency", "counts for");
        em.persist(new CourseEquivalency(input.courseId(), input.otherCourseId()));
        em.flush();
        return courseRelations();
    }

    public CourseRelationsView removePrerequisite(long id) {
        var relation = em.find(CoursePrerequisite.class, id);
        if (relation == null) {
            throw new NotFoundException("Course prerequisite", id);
        }
        em.remove(relation);
        em.flush();
        return courseRelations();
    }

    public CourseRelationsView removeEquivalency(long id) {
        var relation = em.find(CourseEquivalency.class, id);
        if (relation == null) {
            throw new NotFoundException("Course equivalency", id);
        }
        em.remove(relation);
        em.flush();
        return courseRelations();
    }

    private void checkRelation(CourseRelationInput input, Map<Long, Set<Long>> edges, String what, String verb) {
        lookups.requireCourses(List.of(input.courseId(), input.otherCourseId()));
        if (edges.getOrDefault(input.courseId(), Set.of()).contains(input.otherCourseId())) {
            throw new ConflictException("This " + what + " already exists");
        }
        edges.computeIfAbsent(input.courseId(), k -> new HashSet<>()).add(input.otherCourseId());
        var cycle = Graphs.findCycle(edges);
        if (cycle.isPresent()) {
            var courses = lookups.courses(cycle.get());
            throw new RuleViolationException("This " + what + " would make a loop: " + cycle.get().stream()
                    .map(id -> courses.containsKey(id) ? courses.get(id).code() : "#" + id)
                    .collect(Collectors.joining(" " + verb + " ")));
        }
    }

    /** The groups of the input, after every check that needs the database; throws before anything is written. */
    private List<LearningPath.GroupSpec> checked(PathInput input, Long pathId) {
        var groups = input.groups().stream()
                .map(g -> new LearningPath.GroupSpec(g.kind(), g.pick(), g.courseIds())).toList();
        LearningPath.check(groups);
        lookups.requireCourses(groups.stream().flatMap(g -> g.courseIds().stream()).toList());
        if (input.brandId() != null && em.find(Brand.class, input.brandId()) == null) {
            throw new RuleViolationException("Unknown brand: " + input.brandId());
        }
        var prerequisites = new LinkedHashSet<>(input.prerequisites());
        if (pathId != null && prerequisites.contains(pathId)) {
            throw new RuleViolationException("The path " + input.name() + " cannot require itself");
        }
        var known = lookups.pathRefs(prerequisites).stream().map(PathRef::id).collect(Collectors.toSet());
        var unknown = prerequisites.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("Unknown prerequisite path(s): " + unknown);
        }
        if (pathId != null) {
            checkNoPrerequisiteCycle(pathId, prerequisites, input.name());
        }
        return groups;
    }

    /** A new path cannot be part of a cycle (nothing requires it yet); a changed one can. */
    private void checkNoPrerequisiteCycle(long pathId, Set<Long> prerequisites, String name) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT path_id, required_path_id FROM learning_path_prerequisite")
                .getResultList();
        var edges = edgesOf(rows.stream()
                .map(row -> new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()}).toList());
        edges.put(pathId, new HashSet<>(prerequisites));
        var cycle = Graphs.findCycle(edges);
        if (cycle.isPresent()) {
            Map<Long, String> names = new HashMap<>();
            lookups.pathRefs(cycle.get()).forEach(ref -> names.put(ref.id(), ref.name()));
            names.put(pathId, name);
            throw new RuleViolationException("Path prerequisites would make a cycle: " + cycle.get().stream()
                    .map(id -> names.getOrDefault(id, "#" + id)).collect(Collectors.joining(" requires ")));
        }
    }

    private static Map<Long, Set<Long>> edgesOf(List<long[]> pairs) {
        return PathLookups.edges(pairs);
    }

    private LearningPath find(long pathId) {
        var path = em.find(LearningPath.class, pathId);
        if (path == null) {
            throw new NotFoundException("Path", pathId);
        }
        return path;
    }
}
