package org.partneracademy.path;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The course prerequisites and equivalencies, as a learner's progress reads them.
 *
 * <p>Rules: completing course A counts for B when A → B is an equivalency, and chains count (A → B → C:
 * A counts for C); an equivalency is directed (B does not count for A). A course's prerequisite is met
 * when the required course is done or done by an equivalent.
 */
public final class CourseRules {

    private final Map<Long, Set<Long>> countsFor;
    private final Map<Long, Set<Long>> requires;

    /**
     * @param countsFor course → the courses it counts for
     * @param requires  course → the courses it requires
     */
    public CourseRules(Map<Long, Set<Long>> countsFor, Map<Long, Set<Long>> requires) {
        this.countsFor = copy(countsFor);
        this.requires = copy(requires);
    }

    public static CourseRules none() {
        return new CourseRules(Map.of(), Map.of());
    }

    /**
     * The completed course that earns credit for this one: the course itself when completed, else a
     * completed course that counts for it (directly or through a chain), the lowest id when several do.
     */
    public Optional<Long> creditFor(long courseId, Set<Long> completed) {
        if (completed.contains(courseId)) {
            return Optional.of(courseId);
        }
        return Graphs.reaching(courseId, countsFor).stream().filter(completed::contains).min(Long::compare);
    }

    public boolean isDone(long courseId, Set<Long> completed) {
        return creditFor(courseId, completed).isPresent();
    }

    /** Whether the course has prerequisites at all (if not, nobody's progress needs reading). */
    public boolean hasPrerequisites(long courseId) {
        return !requires.getOrDefault(courseId, Set.of()).isEmpty();
    }

    /** The prerequisites of a course not yet met, in id order. */
    public List<Long> missingPrerequisites(long courseId, Set<Long> completed) {
        return requires.getOrDefault(courseId, Set.of()).stream()
                .filter(required -> !isDone(required, completed)).sorted().toList();
    }

    private static Map<Long, Set<Long>> copy(Map<Long, Set<Long>> edges) {
        Map<Long, Set<Long>> copy = new HashMap<>();
        edges.forEach((from, to) -> copy.put(from, new HashSet<>(to)));
        return copy;
    }
}
