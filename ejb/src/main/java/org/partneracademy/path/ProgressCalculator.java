package org.partneracademy.path;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes a learner's progress on paths from the set of courses they completed.
 *
 * <p>Rules: a required group is satisfied when every step is done, an elective group when {@code pick}
 * of its steps are, an optional group always; a step is done when its course is completed or a course
 * that counts for it is, or when a pre-assessment tested the learner out of it (every module of the course
 * tested out or completed; a tested-out course also satisfies course prerequisites). A path is complete when all its groups are satisfied and every prerequisite
 * path is complete (recursively).
 */
public final class ProgressCalculator {

    private final Map<Long, PathPlan> plans;
    private final CourseRules courseRules;
    private final Set<Long> completed;
    private final Set<Long> testedOut;
    private final Set<Long> satisfied;
    private final Map<Long, PathProgress> memo = new HashMap<>();

    /** @param plans every path the asked-for paths may depend on, by id */
    public ProgressCalculator(Map<Long, PathPlan> plans, CourseRules courseRules, Set<Long> completedCourseIds) {
        this(plans, courseRules, completedCourseIds, Set.of());
    }

    /** @param testedOutCourseIds courses the learner tested out of with a pre-assessment */
    public ProgressCalculator(Map<Long, PathPlan> plans, CourseRules courseRules, Set<Long> completedCourseIds,
            Set<Long> testedOutCourseIds) {
        this.plans = Map.copyOf(plans);
        this.courseRules = courseRules;
        this.completed = Set.copyOf(completedCourseIds);
        this.testedOut = Set.copyOf(testedOutCourseIds);
        Set<Long> either = new HashSet<>(completedCourseIds);
        either.addAll(testedOutCourseIds);
        this.satisfied = Set.copyOf(either);
    }

    public PathProgress progress(long pathId) {
        return progress(pathId, new HashSet<>());
    }

    private PathProgress progress(long pathId, Set<Long> visiting) {
        var known = memo.get(pathId);
        if (known != null) {
            return known;
        }
        var plan = plans.get(pathId);
        if (plan == null) {
            throw new IllegalArgumentException("No plan for path " + pathId);
        }
        if (!visiting.add(pathId)) {
            // Saving refuses cycles; should one exist anyway, the path is simply not complete.
            return new PathProgress(pathId, List.of(), List.of(pathId), false, Optional.empty());
        }
        List<PathProgress.GroupProgress> groups = new ArrayList<>();
        PathProgress.StepProgress next = null;
        for (var group : plan.groups()) {
            List<PathProgress.StepProgress> steps = group.courseIds().stream().map(this::step).toList();
            int done = (int) steps.stream().filter(PathProgress.StepProgress::isDone).count();
            boolean satisfied = done >= group.needed();
            if (!satisfied && next == null) {
                next = steps.stream().filter(step -> !step.isDone() && step.missingPrerequisites().isEmpty())
                        .findFirst().orElse(null);
            }
            groups.add(new PathProgress.GroupProgress(group.no(), group.kind(), group.pick(), group.needed(), done,
                    satisfied, steps));
        }
        List<Long> waitingFor = plan.prerequisitePathIds().stream().sorted()
                .filter(required -> !plans.containsKey(required) || !progress(required, visiting).complete())
                .toList();
        boolean complete = groups.stream().allMatch(PathProgress.GroupProgress::satisfied) && waitingFor.isEmpty();
        visiting.remove(pathId);
        var result = new PathProgress(pathId, groups, waitingFor, complete, Optional.ofNullable(next));
        memo.put(pathId, result);
        return result;
    }

    private PathProgress.StepProgress step(long courseId) {
        var credit = courseRules.creditFor(courseId, completed);
        StepStatus status = credit.isPresent()
                ? credit.get() == courseId ? StepStatus.DONE : StepStatus.DONE_BY_EQUIVALENT
                : testedOut.contains(courseId) ? StepStatus.DONE_BY_TEST_OUT : StepStatus.OPEN;
        Long creditedBy = credit.orElse(status == StepStatus.DONE_BY_TEST_OUT ? courseId : null);
        return new PathProgress.StepProgress(courseId, status, creditedBy,
                courseRules.missingPrerequisites(courseId, satisfied));
    }
}
