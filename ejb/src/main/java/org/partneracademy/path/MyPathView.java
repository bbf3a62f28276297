package org.partneracademy.path;

import java.util.List;
import org.partneracademy.assessment.pretest.PathPreAssessment;

/**
 * One of the signed-in learner's paths: progress per group and step, what to take next, prerequisite
 * paths still to complete, why the path is assigned (each rule with the conditions that matched), and
 * its pre-assessment (null when the path has none): the offer to take it, and what it let the learner skip.
 */
public record MyPathView(long id, String name, String description, boolean complete, int stepsDone, int stepsNeeded,
        List<Group> groups, Step next, List<PathRef> waitingFor, List<Reason> reasons,
        PathPreAssessment preAssessment) {

    public record Group(int no, GroupKind kind, Integer pick, int needed, int done, boolean satisfied, String summary,
            List<Step> steps) {
    }

    /** @param creditedBy the equivalent course that counts for this one (DONE_BY_EQUIVALENT only) */
    public record Step(CourseRef course, StepStatus status, CourseRef creditedBy, List<CourseRef> missingPrerequisites) {
    }

    public record Reason(long ruleId, String ruleName, Combinator combinator, List<String> matchedConditions) {
    }
}
