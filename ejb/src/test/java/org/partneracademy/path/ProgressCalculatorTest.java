package org.partneracademy.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgressCalculatorTest {

    private static final long A = 1, B = 2, C = 3, D = 4, E = 5, X = 9;

    /** Required A, B; then "any 2 of C, D, E". */
    private static PathPlan sales(Set<Long> prerequisites) {
        return new PathPlan(10, "Sales", List.of(
                new PathPlan.Group(1, GroupKind.REQUIRED, null, List.of(A, B)),
                new PathPlan.Group(2, GroupKind.ELECTIVE, 2, List.of(C, D, E))), prerequisites);
    }

    private static PathProgress progress(PathPlan plan, CourseRules rules, Long... completed) {
        return new ProgressCalculator(Map.of(plan.id(), plan), rules, Set.of(completed)).progress(plan.id());
    }

    @Test
    void nothingDoneMeansEveryStepOpenAndTheFirstStepNext() {
        var progress = progress(sales(Set.of()), CourseRules.none());

        assertThat(progress.complete()).isFalse();
        assertThat(progress.groups()).extracting(PathProgress.GroupProgress::satisfied).containsExactly(false, false);
        assertThat(progress.groups().get(0).steps()).extracting(PathProgress.StepProgress::status)
                .containsOnly(StepStatus.OPEN);
        assertThat(progress.next()).map(PathProgress.StepProgress::courseId).contains(A);
    }

    @Test
    void aCourseTestedOutByAPreAssessmentIsDoneAndNotNext() {
        var progress = new ProgressCalculator(Map.of(10L, sales(Set.of())), CourseRules.none(), Set.of(B), Set.of(A))
                .progress(10);

        var stepA = progress.groups().get(0).steps().get(0);
        assertThat(stepA.status()).isEqualTo(StepStatus.DONE_BY_TEST_OUT);
        assertThat(stepA.isDone()).isTrue();
        assertThat(stepA.creditedBy()).isEqualTo(A);
        assertThat(progress.groups().get(0).satisfied()).isTrue();
        assertThat(progress.next()).map(PathProgress.StepProgress::courseId).contains(C);
    }

    @Test
    void aCompletedCourseStaysDoneEvenWhenAlsoTestedOut() {
        var progress = new ProgressCalculator(Map.of(10L, sales(Set.of())), CourseRules.none(), Set.of(A), Set.of(A))
                .progress(10);

        assertThat(progress.groups().get(0).steps().get(0).status()).isEqualTo(StepStatus.DONE);
    }

    @Test
    void anElectiveGroupIsSatisfiedByAnyNOfItsSteps() {
        var oneElective = progress(sales(Set.of()), CourseRules.none(), A, B, D);
        assertThat(oneElective.groups().get(0).satisfied()).isTrue();
        assertThat(oneElective.groups().get(1).done()).isEqualTo(1);
        assertThat(oneElective.groups().get(1).satisfied()).isFalse();
        assertThat(oneElective.next()).map(PathProgress.StepProgress::courseId).contains(C);

        var twoElectives = progress(sales(Set.of()), CourseRules.none(), A, B, D, E);
        assertThat(twoElectives.groups().get(1).satisfied()).isTrue();
        assertThat(twoElectives.complete()).isTrue();
        assertThat(twoElectives.next()).isEmpty();
    }

    @Test
    void electivesDoNotMakeUpForAMissingRequiredStep() {
        var progress = progress(sales(Set.of()), CourseRules.none(), A, C, D, E);

        assertThat(progress.groups().get(0).satisfied()).isFalse();
        assertThat(progress.complete()).isFalse();
        assertThat(progress.next()).map(PathProgress.StepProgress::courseId).contains(B);
    }

    @Test
    void anEquivalentCourseCountsForTheStepButNotTheOtherWayRound() {
        var xCountsForB = new CourseRules(Map.of(X, Set.of(B)), Map.of());

        var progress = progress(sales(Set.of()), xCountsForB, A, X);
        var stepB = progress.groups().get(0).steps().get(1);
        assertThat(stepB.status()).isEqualTo(StepStatus.DONE_BY_EQUIVALENT);
        assertThat(stepB.creditedBy()).isEqualTo(X);
        assertThat(progress.groups().get(0).satisfied()).isTrue();

        // Directed: completing B does not count for X.
        assertThat(xCountsForB.isDone(X, Set.of(B))).isFalse();
    }

    @Test
    void equivalenciesChain() {
        var chain = new CourseRules(Map.of(X, Set.of(C), C, Set.of(A)), Map.of());

        assertThat(chain.creditFor(A, Set.of(X))).contains(X);
        assertThat(progress(sales(Set.of()), chain, X).groups().get(0).steps().get(0).status())
                .isEqualTo(StepStatus.DONE_BY_EQUIVALENT);
    }

    @Test
    void aStepWhoseCoursePrerequisiteIsOpenIsSkippedForWhatCanBeTakenNow() {
        var bRequiresX = new CourseRules(Map.of(), Map.of(B, Set.of(X)));

        var progress = progress(sales(Set.of()), bRequiresX, A);
        assertThat(progress.groups().get(0).steps().get(1).missingPrerequisites()).containsExactly(X);
        // B cannot be taken yet: the next thing the learner can take is an elective.
        assertThat(progress.next()).map(PathProgress.StepProgress::courseId).contains(C);

        var afterX = progress(sales(Set.of()), bRequiresX, A, X);
        assertThat(afterX.next()).map(PathProgress.StepProgress::courseId).contains(B);
    }

    @Test
    void aPathIsCompleteOnlyOnceItsPrerequisitePathsAre() {
        var basics = new PathPlan(20, "Basics", List.of(new PathPlan.Group(1, GroupKind.REQUIRED, null, List.of(X))), Set.of());
        var sales = sales(Set.of(20L));
        var plans = Map.of(20L, basics, 10L, sales);

        var without = new ProgressCalculator(plans, CourseRules.none(), Set.of(A, B, C, D)).progress(10);
        assertThat(without.groupsSatisfied()).isTrue();
        assertThat(without.waitingForPathIds()).containsExactly(20L);
        assertThat(without.complete()).isFalse();

        var with = new ProgressCalculator(plans, CourseRules.none(), Set.of(A, B, C, D, X)).progress(10);
        assertThat(with.waitingForPathIds()).isEmpty();
        assertThat(with.complete()).isTrue();
    }

    @Test
    void optionalStepsNeverBlockCompletion() {
        var legacy = new PathPlan(30, "Legacy", List.of(
                new PathPlan.Group(1, GroupKind.REQUIRED, null, List.of(A)),
                new PathPlan.Group(2, GroupKind.OPTIONAL, null, List.of(B))), Set.of());

        var progress = progress(legacy, CourseRules.none(), A);
        assertThat(progress.complete()).isTrue();
        assertThat(progress.next()).isEmpty();
    }

    @Test
    void aPathWithoutAPlanIsAnError() {
        var calculator = new ProgressCalculator(Map.of(), CourseRules.none(), Set.of());
        assertThatThrownBy(() -> calculator.progress(99)).isInstanceOf(IllegalArgumentException.class);
    }
}
