package org.partneracademy.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.testing.Entities;

class LearningPathTest {

    private static LearningPath.GroupSpec required(Long... courses) {
        return new LearningPath.GroupSpec(GroupKind.REQUIRED, null, List.of(courses));
    }

    private static LearningPath.GroupSpec elective(Integer pick, Long... courses) {
        return new LearningPath.GroupSpec(GroupKind.ELECTIVE, pick, List.of(courses));
    }

    private static LearningPath path(LearningPath.GroupSpec... groups) {
        return new LearningPath("Sales", null, Position.SALES_REP, null, List.of(groups), Set.of());
    }

    @Test
    void groupsBecomeAPlanInOrder() {
        var plan = path(required(1L, 2L), elective(2, 3L, 4L, 5L)).plan();

        assertThat(plan.groups()).extracting(PathPlan.Group::kind).containsExactly(GroupKind.REQUIRED, GroupKind.ELECTIVE);
        assertThat(plan.groups().get(1).courseIds()).containsExactly(3L, 4L, 5L);
        assertThat(plan.groups().get(1).needed()).isEqualTo(2);
        assertThat(plan.groups().get(0).needed()).isEqualTo(2);
    }

    @Test
    void anElectiveMustAskForBetweenOneAndAllOfItsSteps() {
        // Bad inputs: "any 3 of 2", "any 0 of 2", "any -1 of 2", an elective without N.
        assertThatThrownBy(() -> path(elective(3, 1L, 2L))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("between 1 and 2");
        assertThatThrownBy(() -> path(elective(0, 1L, 2L))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> path(elective(-1, 1L, 2L))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> path(elective(null, 1L, 2L))).isInstanceOf(RuleViolationException.class);
        assertThat(path(elective(2, 1L, 2L)).plan().groups().get(0).needed()).isEqualTo(2);
    }

    @Test
    void emptyPathsEmptyGroupsRepeatedCoursesAndOptionalGroupsAreRefused() {
        assertThatThrownBy(LearningPathTest::path).hasMessageContaining("at least one group");
        assertThatThrownBy(() -> path(required())).hasMessageContaining("no steps");
        assertThatThrownBy(() -> path(required(1L), elective(1, 1L, 2L))).hasMessageContaining("more than once");
        assertThatThrownBy(() -> path(new LearningPath.GroupSpec(GroupKind.OPTIONAL, null, List.of(1L))))
                .hasMessageContaining("REQUIRED or ELECTIVE");
        assertThatThrownBy(() -> path(new LearningPath.GroupSpec(GroupKind.REQUIRED, 1, List.of(1L, 2L))))
                .hasMessageContaining("make it elective");
    }

    @Test
    void pathsAreForPositionsAtPartners() {
        assertThatThrownBy(() -> new LearningPath("Staff", null, Position.VENDOR_STAFF, null, List.of(required(1L)), Set.of()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("VENDOR_STAFF");
    }

    @Test
    void aSavedPathCannotRequireItself() {
        var path = path(required(1L));
        Entities.set(path, "id", 7L);

        assertThatThrownBy(() -> path.redefine("Sales", null, Position.SALES_REP, null, List.of(required(1L)), Set.of(7L)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cannot require itself");
        assertThat(path.getPrerequisitePathIds()).isEmpty();
    }

    @Test
    void stepsWrittenBeforeGroupsExistedReadAsRequiredAndOptional() {
        var legacy = Entities.instantiate(LearningPath.class);
        Entities.set(legacy, "id", 1L);
        Entities.set(legacy, "name", "Old");
        Entities.set(legacy, "steps", new java.util.ArrayList<>(List.of(
                new PathStep(1L, true, null), new PathStep(2L, false, null), new PathStep(3L, true, null))));

        var plan = legacy.plan();

        assertThat(plan.groups()).extracting(PathPlan.Group::kind).containsExactly(GroupKind.REQUIRED, GroupKind.OPTIONAL);
        assertThat(plan.groups().get(0).courseIds()).containsExactly(1L, 3L);
        assertThat(plan.groups().get(1).courseIds()).containsExactly(2L);
    }
}
