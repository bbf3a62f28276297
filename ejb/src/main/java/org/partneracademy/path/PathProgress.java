package org.partneracademy.path;

import java.util.List;
import java.util.Optional;

/**
 * One learner's progress on one path.
 *
 * @param waitingForPathIds prerequisite paths not complete yet; the path is complete only without any
 * @param next              the first open step, in path order, of a group still unsatisfied whose course
 *                          prerequisites are met: what the learner should take next (empty when nothing is)
 */
public record PathProgress(long pathId, List<GroupProgress> groups, List<Long> waitingForPathIds, boolean complete,
        Optional<StepProgress> next) {

    public record GroupProgress(int no, GroupKind kind, Integer pick, int needed, int done, boolean satisfied,
            List<StepProgress> steps) {
    }

    /**
     * @param creditedBy the completed course that counts for this step (itself when DONE or
     *                   DONE_BY_TEST_OUT, the equivalent when DONE_BY_EQUIVALENT, null when OPEN)
     */
    public record StepProgress(long courseId, StepStatus status, Long creditedBy, List<Long> missingPrerequisites) {

        public boolean isDone() {
            return status != StepStatus.OPEN;
        }
    }

    public boolean groupsSatisfied() {
        return groups.stream().allMatch(GroupProgress::satisfied);
    }
}
