package org.partneracademy.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
 * Every path of the {@code trainer-panel} process with its delegates replaced by recorders: all members
 * sign off before the deadline; the deadline passes, the head of training decides on what was received;
 * the head extends the deadline for the members who have not signed, who then sign; and an extension
 * that runs out again.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/trainer-panel.bpmn")
class TrainerPanelProcessTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration PANEL_DAYS = Duration.ofDays(10);

    ProcessEngine processEngine;

    private final List<String> calls = new ArrayList<>();
    /** What the extension delegate hands back: the members who have not signed yet. */
    private List<String> notSigned = List.of();

    @BeforeEach
    void bindEngineAndDelegates() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        register("panelVerdictDelegate", execution -> { });
        register("escalatePanelDelegate", execution -> { });
        register("extendPanelDelegate", execution -> {
            int days = ((Number) execution.getVariable("extendByDays")).intValue();
            execution.setVariable("dueAt", Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days))));
            execution.setVariable("panel", Variables.objectValue(notSigned, true).create());
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    @Test
    void everyMemberSignsOffBeforeTheDeadlineAndTheVerdictIsRecordedOnce() {
        var instance = start(1L, List.of("lea", "leo", "lou"));
        assertThat(instance).hasBusinessKey("1").isWaitingAt("signOff");
        assertThat(tasks(instance)).extracting(Task::getAssignee).containsExactlyInAnyOrder("lea", "leo", "lou");
        assertThat(tasks(instance)).allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(Date.from(NOW.plus(PANEL_DAYS))));

        signOff(instance, "lea");
        signOff(instance, "leo");
        assertThat(instance).isWaitingAt("signOff");
        assertThat(calls).isEmpty();
        signOff(instance, "lou");

        assertThat(instance).isEnded().hasPassed("Verdict", "PanelDecided").hasNotPassed("Escalate");
        assertThat(calls).containsExactly("panelVerdictDelegate");
    }

    @Test
    void theDeadlineWithdrawsTheOpenTasksAndTheHeadOfTrainingDecidesOnWhatWasReceived() {
        var instance = start(2L, List.of("lea", "leo"));
        signOff(instance, "lea");

        EngineClock.advance(PANEL_DAYS.minusHours(1));
        assertThat(instance).isWaitingAt("signOff");
        EngineClock.advance(Duration.ofHours(2));

        assertThat(instance).isWaitingAtExactly("panelOverdue");
        assertThat(tasks(instance)).singleElement().satisfies(task -> assertThat(task.getAssignee()).isEqualTo("head"));
        assertThat(calls).containsExactly("escalatePanelDelegate");

        taskService().complete(tasks(instance).get(0).getId(), Map.of("extend", false));

        assertThat(instance).isEnded().hasPassed("Escalate", "Verdict").hasNotPassed("ExtendDeadline");
        assertThat(calls).containsExactly("escalatePanelDelegate", "panelVerdictDelegate");
    }

    @Test
    void theHeadOfTrainingExtendsTheDeadlineForTheMembersWhoHaveNotSigned() {
        var instance = start(3L, List.of("lea", "leo", "lou"));
        signOff(instance, "lea");
        EngineClock.advance(PANEL_DAYS.plusHours(1));
        assertThat(instance).isWaitingAtExactly("panelOverdue");

        notSigned = List.of("leo", "lou");
        taskService().complete(tasks(instance).get(0).getId(), Map.of("extend", true, "extendByDays", 5));

        assertThat(instance).isWaitingAt("signOff");
        assertThat(tasks(instance)).extracting(Task::getAssignee).containsExactlyInAnyOrder("leo", "lou");
        var timer = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(NOW.plus(PANEL_DAYS).plus(Duration.ofHours(1)).plus(Duration.ofDays(5))));

        signOff(instance, "leo");
        signOff(instance, "lou");

        assertThat(instance).isEnded().hasPassed("ExtendDeadline", "Verdict");
        assertThat(calls).containsExactly("escalatePanelDelegate", "extendPanelDelegate", "panelVerdictDelegate");
    }

    @Test
    void anExtendedDeadlineThatRunsOutEscalatesAgain() {
        var instance = start(4L, List.of("lea", "leo"));
        EngineClock.advance(PANEL_DAYS.plusHours(1));
        notSigned = List.of("lea", "leo");
        taskService().complete(tasks(instance).get(0).getId(), Map.of("extend", true, "extendByDays", 2));
        assertThat(instance).isWaitingAt("signOff");

        EngineClock.advance(Duration.ofDays(3));

        assertThat(instance).isWaitingAtExactly("panelOverdue");
        assertThat(calls).containsExactly("escalatePanelDelegate", "extendPanelDelegate", "escalatePanelDelegate");
    }

    @Test
    void aSignOffOnlyEndsItsOwnPanel() {
        var first = start(5L, List.of("lea"));
        var second = start(6L, List.of("lea"));

        signOff(first, "lea");

        assertThat(first).isEnded();
        assertThat(second).isWaitingAt("signOff");
    }

    private ProcessInstance start(long observedDeliveryId, List<String> panel) {
        return runtimeService().startProcessInstanceByKey("trainer-panel", String.valueOf(observedDeliveryId),
                Variables.createVariables().putValue("observedDeliveryId", observedDeliveryId)
                        .putValue("headOfTraining", "head")
                        .putValue("dueAt", Date.from(NOW.plus(PANEL_DAYS)))
                        .putValueTyped("panel", Variables.objectValue(panel, true).create()));
    }

    private static List<Task> tasks(ProcessInstance instance) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).list();
    }

    private static void signOff(ProcessInstance instance, String leader) {
        var task = taskService().createTaskQuery().processInstanceId(instance.getId()).taskAssignee(leader).singleResult();
        taskService().complete(task.getId());
    }

    private void register(String name, Consumer<DelegateExecution> behaviour) {
        DelegateRecorder.register(name, behaviour, calls);
    }
}
