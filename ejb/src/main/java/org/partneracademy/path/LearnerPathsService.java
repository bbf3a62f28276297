package org.partneracademy.path;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partneracademy.assessment.pretest.PathPreAssessment;
import org.partneracademy.assessment.pretest.PreAssessments;
import org.partneracademy.partner.PartnerScope;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * Learners' paths with progress and the reasons they are assigned. A learner reads only their own (the
 * query is scoped to the caller's user name, there is no id to pass); a partner admin reads those of
 * the people they administer ({@link PartnerScope}), the vendor admin anyone's. Anyone else's id
 * answers 404 like a missing one.
 */
@Stateless
@RolesAllowed(Role.Names.LEARNER)
public class LearnerPathsService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PathLookups lookups;

    @Inject
    PartnerScope scope;

    @Inject
    PreAssessments preAssessments;

    public List<MyPathView> myPaths() {
        return pathsOf(myId());
    }

    /** A person's paths, for whoever administers them (the same scope as the People page). */
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    public List<MyPathView> pathsOfPerson(long personId) {
        var administered = scope.administeredPeople("p");
        boolean visible = !administered.bind(em.createQuery(
                        "select p.id from Person p where p.id = :id and " + administered.jpql(), Long.class))
                .setParameter("id", personId).getResultList().isEmpty();
        if (!visible) {
            throw new NotFoundException("Person", personId);
        }
        return pathsOf(personId);
    }

    private List<MyPathView> pathsOf(long me) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.path_id, a.rule_id FROM path_assignment a JOIN learning_path lp ON lp.id = a.path_id
                WHERE a.person_id = ?1 ORDER BY lp.name, a.rule_id""").setParameter(1, me).getResultList();
        Map<Long, List<Long>> rulesByPath = new LinkedHashMap<>();
        rows.forEach(row -> rulesByPath.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                .add(((Number) row[1]).longValue()));
        if (rulesByPath.isEmpty()) {
            return List.of();
        }
        var plans = lookups.plansWithPrerequisites(rulesByPath.keySet());
        var calculator = new ProgressCalculator(plans, lookups.courseRules(), completedCourses(me),
                preAssessments.coursesDoneByTestOut(me));
        var pretests = preAssessments.forPaths(me, rulesByPath.keySet());
        var profile = profile(me);
        var tierLevels = lookups.tierLevels();
        Set<Long> courseIds = new HashSet<>();
        plans.values().forEach(plan -> plan.groups().forEach(g -> courseIds.addAll(g.courseIds())));
        List<MyPathView> views = new ArrayList<>();
        for (var entry : rulesByPath.entrySet()) {
            var progress = calculator.progress(entry.getKey());
            progress.groups().forEach(g -> g.steps().forEach(s -> {
                if (s.creditedBy() != null) {
                    courseIds.add(s.creditedBy());
                }
                courseIds.addAll(s.missingPrerequisites());
            }));
            var courses = lookups.courses(courseIds);
            var path = em.find(LearningPath.class, entry.getKey());
            var reasons = entry.getValue().stream().map(ruleId -> em.find(AssignmentRule.class, ruleId))
                    .map(rule -> new MyPathView.Reason(rule.getId(), rule.getName(), rule.getCombinator(),
                            rule.getConditions().stream().filter(c -> c.matches(profile, tierLevels))
                                    .map(lookups::label).toList()))
                    .toList();
            views.add(view(path, progress, plans, courses, reasons, pretests.get(path.getId())));
        }
        return views;
    }

    private MyPathView view(LearningPath path, PathProgress progress, Map<Long, PathPlan> plans,
            Map<Long, CourseRef> courses, List<MyPathView.Reason> reasons, PathPreAssessment preAssessment) {
        var groups = progress.groups().stream().map(g -> new MyPathView.Group(g.no(), g.kind(), g.pick(), g.needed(),
                g.done(), g.satisfied(), PathView.describe(g.kind(), g.pick(), g.steps().size()),
                g.steps().stream().map(s -> step(s, courses)).toList())).toList();
        int done = progress.groups().stream().mapToInt(g -> Math.min(g.done(), g.needed())).sum();
        int needed = progress.groups().stream().mapToInt(PathProgress.GroupProgress::needed).sum();
        var waitingFor = progress.waitingForPathIds().stream()
                .map(id -> new PathRef(id, plans.containsKey(id) ? plans.get(id).name() : "#" + id)).toList();
        return new MyPathView(path.getId(), path.getName(), path.getDescription(), progress.complete(), done, needed,
                groups, progress.next().map(s -> step(s, courses)).orElse(null), waitingFor, reasons, preAssessment);
    }

    private static MyPathView.Step step(PathProgress.StepProgress step, Map<Long, CourseRef> courses) {
        return new MyPathView.Step(ref(step.courseId(), courses), step.status(),
                step.status() == StepStatus.DONE_BY_EQUIVALENT ? ref(step.creditedBy(), courses) : null,
                step.missingPrerequisites().stream().map(id -> ref(id, courses)).toList());
    }

    private static CourseRef ref(long id, Map<Long, CourseRef> courses) {
        return courses.getOrDefault(id, new CourseRef(id, "#" + id, "Course " + id));
    }

    private long myId() {
        return em.createQuery("select p.id from Person p where p.username = :username", Long.class)
                .setParameter("username", currentUser.username()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Person", currentUser.username()));
    }

    private Set<Long> completedCourses(long personId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        // Any version of a course counts: a step names the version current when the path was
                        // written, and a new version of the course must not undo anyone's progress.
                        """
                        SELECT DISTINCT same.id FROM enrollment e
                        JOIN course taken ON taken.id = e.course_id
                        JOIN course same ON same.code = taken.code
                        WHERE e.learner_id = ?1 AND e.status = 'COMPLETED'""")
                .setParameter(1, personId).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    private PersonProfile profile(long personId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT p.position, pa.partner_type, pa.tier FROM person p LEFT JOIN partner pa ON pa.id = p.partner_id
                WHERE p.id = ?1""").setParameter(1, personId).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Number> locations = em.createNativeQuery("SELECT location_id FROM person_location WHERE person_id = ?1")
                .setParameter(1, personId).getResultList();
        @SuppressWarnings("unchecked")
        List<String> brands = em.createNativeQuery("""
                SELECT DISTINCT b.code FROM person_location pl JOIN location_brand lb ON lb.location_id = pl.location_id
                JOIN brand b ON b.id = lb.brand_id WHERE pl.person_id = ?1""").setParameter(1, personId).getResultList();
        return new PersonProfile((String) row[0], (String) row[1], (String) row[2],
                locations.stream().map(Number::longValue).collect(Collectors.toSet()), new HashSet<>(brands));
    }
}
