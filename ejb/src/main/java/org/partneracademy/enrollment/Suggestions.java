package org.partneracademy.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partneracademy.catalog.Course;
import org.partneracademy.catalog.CourseStatus;
import org.partneracademy.path.GroupKind;
import org.partneracademy.path.LearnerPathsService;
import org.partneracademy.path.MyPathView;
import org.partneracademy.path.StepStatus;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * "Next for you". For a learner with assigned paths: the open steps of their unfinished paths, in path
 * order, as the path progress sees them (electives of a satisfied group, steps whose course
 * prerequisites are missing and courses credited by an equivalent are left out); paths not waiting for
 * a prerequisite path come first. For a learner without assignments: the steps of the paths for their
 * position. Either way a course is suggested once, at its first place, in its currently published
 * version, and never when the learner already holds an enrollment in any version of it.
 */
@Stateless
@RolesAllowed(Role.Names.LEARNER)
public class Suggestions {

    static final int LIMIT = 5;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    LearnerPathsService learnerPaths;

    /** A step worth taking, before the course's current version is looked up. */
    private record Candidate(String courseCode, String pathName, int stepNo, boolean required) {
    }

    public List<SuggestionView> nextForMe() {
        var assigned = learnerPaths.myPaths();
        var candidates = assigned.isEmpty() ? stepsForMyPosition() : openSteps(assigned);
        var taken = codesIHoldEnrollmentsIn();
        var published = publishedVersions(candidates.stream().map(Candidate::courseCode).collect(Collectors.toSet()));
        var firstPlace = new LinkedHashMap<String, SuggestionView>();
        for (var candidate : candidates) {
            var course = published.get(candidate.courseCode());
            if (course != null && !taken.contains(candidate.courseCode())) {
                firstPlace.putIfAbsent(candidate.courseCode(), new SuggestionView(course.getId(), course.getCode(),
                        course.getTitle(), candidate.pathName(), candidate.stepNo(), candidate.required()));
            }
        }
        return firstPlace.values().stream().limit(LIMIT).toList();
    }

    private static List<Candidate> openSteps(List<MyPathView> paths) {
        var candidates = new ArrayList<Candidate>();
        paths.stream().filter(path -> !path.complete())
                .sorted(Comparator.comparing((MyPathView path) -> !path.waitingFor().isEmpty()))
                .forEach(path -> {
                    int stepNo = 0;
                    for (var group : path.groups()) {
                        for (var step : group.steps()) {
                            stepNo++;
                            if (!group.satisfied() && step.status() == StepStatus.OPEN
                                    && step.missingPrerequisites().isEmpty()) {
                                candidates.add(new Candidate(step.course().code(), path.name(), stepNo,
                                        group.kind() == GroupKind.REQUIRED));
                            }
                        }
                    }
                });
        return candidates;
    }

    private List<Candidate> stepsForMyPosition() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.code, lp.name, s.step_no, s.required
                from person me
                join learning_path lp on lp.position = me.position
                join learning_path_step s on s.path_id = lp.id
                join course c on c.id = s.course_id
                where me.username = ?1
                order by lp.name, lp.id, s.step_no""")
                .setParameter(1, currentUser.username())
                .getResultList();
        return rows.stream().map(row -> new Candidate((String) row[0], (String) row[1], ((Number) row[2]).intValue(),
                isTrue(row[3]))).toList();
    }

    private Set<String> codesIHoldEnrollmentsIn() {
        return new HashSet<>(em.createQuery("""
                select e.course.code from Enrollment e
                where e.learner.username = :username and e.status <> :cancelled""", String.class)
                .setParameter("username", currentUser.username())
                .setParameter("cancelled", EnrollmentStatus.CANCELLED)
                .getResultList());
    }

    private Map<String, Course> publishedVersions(Set<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from Course c where c.code in :codes and c.status = :published", Course.class)
                .setParameter("codes", codes).setParameter("published", CourseStatus.PUBLISHED)
                .getResultStream().collect(Collectors.toMap(Course::getCode, Function.identity()));
    }

    /** BIT(1) arrives as a Boolean, a number or bytes depending on the driver's mapping. */
    private static boolean isTrue(Object bit) {
        if (bit instanceof byte[] bytes) {
            return bytes.length > 0 && bytes[0] != 0;
        }
        return bit instanceof Boolean b ? b : bit instanceof Number n && n.intValue() != 0;
    }
}
