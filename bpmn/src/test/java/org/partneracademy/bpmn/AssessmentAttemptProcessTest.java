package org.partneracademy.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every path of the {@code assessment-attempt} process with recording delegates: submitted in time,
 * without a time limit, auto-submitted when the engine clock passes the deadline, manual grading of
 * essays, the cooldown timer before a retake, and no cooldown.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/assessment-attempt.bpmn")
class AssessmentAttemptProcessTest {

    private static final String PROCESS_KEY = "assessment-attempt";
    private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");

    ProcessEngine processEngine;

    private final List<String> calls = new ArrayList<>();
    private boolean needsGrader;
    private Instant retakeAfter;

    @BeforeEach
    void bindEngineAndDelegates() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        register("submitAtDeadlineDelegate", execution -> { });
        register("gradeAutomaticallyDelegate", execution -> execution.setVariable("needsGrader", needsGrader));
        register("recordResultDelegate", execution -> execution.setVariable("retakeAfter",
                retakeAfter == null ? null : Date.from(retakeAfter)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    @Test
    void submittedInTimeIsGradedAtOnceAndEndsWithoutCooldown() {
        var instance = start(7L, NOW.plus(Duration.ofMinutes(30)));
        assertThat(instance).hasBusinessKey("7").isWaitingAtExactly("SubmitInTime");
        assertThat(managementService().createJobQuery().timers().count()).isEqualTo(1);

        submit("7");

        assertThat(calls).containsExactly("gradeAutomaticallyDelegate", "recordResultDelegate");
        assertThat(instance).isEnded().hasPassedInOrder("SubmitInTime", "GradeAutomatically", "RecordResult", "ResultGiven")
                .hasNotPassed("SubmitAtDeadline", "GradeByPerson");
        // The deadline timer went with the submission.
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void withoutTimeLimitItWaitsForTheSubmissionOnly() {
        var instance = start(8L, null);
        assertThat(instance).isWaitingAtExactly("Submit");
        assertThat(managementService().createJobQuery().count()).isZero();

        submit("8");

        assertThat(instance).isEnded().hasPassed("Submit", "GradeAutomatically", "RecordResult");
    }

    @Test
    void theDeadlineSubmitsAutomaticallyWhenTheClockPassesIt() {
        Instant deadline = NOW.plus(Duration.ofMinutes(30));
        var instance = start(9L, deadline);
        var timer = managementService().createJobQuery().timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(deadline));
        // Not due before the deadline.
        assertThat(managementService().createJobQuery().executable().count()).isZero();

        ClockUtil.setCurrentTime(Date.from(deadline.plusSeconds(1)));
        assertThat(managementService().createJobQuery().executable().count()).isEqualTo(1);
        execute(job(instance));

        assertThat(calls).containsExactly("submitAtDeadlineDelegate", "gradeAutomaticallyDelegate", "recordResultDelegate");
        assertThat(instance).isEnded().hasPassed("TimeLimitReached", "SubmitAtDeadline").hasNotPassed("GradeByPerson");
    }

    @Test
    void essaysWaitForAPersonInTheGradersGroups() {
        needsGrader = true;
        var instance = start(10L, null);
        submit("10");

        assertThat(instance).isWaitingAtExactly("GradeByPerson");
        assertThat(calls).containsExactly("gradeAutomaticallyDelegate");
        assertThat(taskService().createTaskQuery().taskCandidateGroup("TRAINING_LEADER").count()).isEqualTo(1);
        assertThat(taskService().createTaskQuery().taskCandidateGroup("VENDOR_ADMIN").count()).isEqualTo(1);
        assertThat(taskService().createTaskQuery().taskCandidateGroup("LEARNER").count()).isZero();

        complete(task(instance));

        assertThat(calls).containsExactly("gradeAutomaticallyDelegate", "recordResultDelegate");
        assertThat(instance).isEnded().hasPassedInOrder("GradeAutomatically", "GradeByPerson", "RecordResult");
    }

    @Test
    void aCooldownTimerRunsUntilARetakeIsAllowed() {
        retakeAfter = NOW.plus(Duration.ofHours(24));
        var instance = start(11L, null);
        submit("11");

        assertThat(instance).isWaitingAtExactly("CooldownOver");
        var timer = managementService().createJobQuery().timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(retakeAfter));
        ClockUtil.setCurrentTime(Date.from(retakeAfter.plusSeconds(1)));
        execute(job(instance));

        assertThat(instance).isEnded().hasPassed("CooldownOver", "RetakeAllowed").hasNotPassed("ResultGiven");
    }

    private ProcessInstance start(long attemptId, Instant deadline) {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, String.valueOf(attemptId),
                Variables.createVariables().putValue("attemptId", attemptId)
                        .putValue("deadlineAt", deadline == null ? null : Date.from(deadline)));
    }

    private void submit(String businessKey) {
        runtimeService().createMessageCorrelation("AttemptSubmitted").processInstanceBusinessKey(businessKey).correlate();
    }

    private void register(String name, JavaDelegate behaviour) {
        Mocks.register(name, (JavaDelegate) execution -> {
            calls.add(name);
            behaviour.execute(execution);
        });
    }
}
