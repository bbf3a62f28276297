package org.partneracademy.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
 * Every path of the {@code statement-close} process with its delegates replaced by recorders: a close
 * started by a person walks its chunks, each an asynchronous job of its own (so a restart resumes at the
 * chunk that had not committed), then finishes; a failing chunk stays a job to retry and never finishes
 * the run; the monthly timer opens a run or ends when there is nothing to close.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/statement-close.bpmn")
class StatementCloseProcessTest {

    private static final String PROCESS = "statement-close";
    private static final String REQUESTED = "StatementCloseRequested";

    ProcessEngine processEngine;

    private final List<String> calls = new ArrayList<>();
    private int chunksLeft;
    private boolean chunkFails;
    private Long timedRun;

    @BeforeEach
    void bindEngineAndDelegates() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T08:00:00Z")));
        register("issueStatementChunkDelegate", execution -> {
            if (chunkFails) {
                throw new IllegalStateException("partner 7 has overlapping agreements");
            }
            execution.setVariable("more", --chunksLeft > 0);
        });
        register("finishStatementRunDelegate", execution -> { });
        register("openTimedStatementRunDelegate", execution -> execution.setVariable("runId", timedRun));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    @Test
    void aRequestedCloseWaitsForItsFirstChunkAsAJobSoTheRequestOnlyStoresTheRun() {
        var instance = request(5L);

        assertThat(instance).hasBusinessKey("5").isWaitingAt("IssueChunk");
        assertThat(calls).isEmpty();
    }

    @Test
    void eachChunkIsAJobOfItsOwnAndTheRunFinishesAfterTheLast() {
        chunksLeft = 3;
        var instance = request(5L);

        execute(chunkJob(instance));
        assertThat(instance).isWaitingAt("IssueChunk");
        execute(chunkJob(instance));
        assertThat(instance).isWaitingAt("IssueChunk");
        execute(chunkJob(instance));

        assertThat(instance).isEnded().hasPassed("FinishRun", "StatementsIssued");
        assertThat(calls).containsExactly("issueStatementChunkDelegate", "issueStatementChunkDelegate",
                "issueStatementChunkDelegate", "finishStatementRunDelegate");
    }

    @Test
    void aFailingChunkStaysAJobToRetryAndTheRunIsNotFinished() {
        chunksLeft = 2;
        chunkFails = true;
        var instance = request(5L);
        var chunk = chunkJob(instance);

        try {
            managementService().executeJob(chunk.getId());
        } catch (RuntimeException expected) {
            // the job's transaction rolls back; the engine keeps the job with one retry less
        }

        assertThat(instance).isWaitingAt("IssueChunk");
        assertThat(managementService().createJobQuery().jobId(chunk.getId()).singleResult().getRetries()).isEqualTo(2);
        assertThat(calls).doesNotContain("finishStatementRunDelegate");

        chunkFails = false;
        execute(chunkJob(instance));
        execute(chunkJob(instance));
        assertThat(instance).isEnded().hasPassed("FinishRun");
    }

    @Test
    void theMonthlyTimerOpensARunAndClosesIt() {
        timedRun = 9L;
        chunksLeft = 1;

        var timer = managementService().createJobQuery().timers().singleResult();
        assertThat(timer).isNotNull();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-12-01T00:30:00Z")));
        managementService().executeJob(timer.getId());
        var instance = runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS).singleResult();
        assertThat(instance).isWaitingAt("IssueChunk");
        execute(chunkJob(instance));

        assertThat(instance).isEnded().hasPassed("OpenRun", "FinishRun");
        assertThat(calls).containsExactly("openTimedStatementRunDelegate", "issueStatementChunkDelegate",
                "finishStatementRunDelegate");
    }

    @Test
    void theMonthlyTimerEndsWhenThereIsNothingToClose() {
        timedRun = null;

        var timer = managementService().createJobQuery().timers().singleResult();
        managementService().executeJob(timer.getId());

        var ended = historyService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).singleResult();
        assertThat(ended.getEndActivityId()).isEqualTo("NothingToClose");
        assertThat(calls).containsExactly("openTimedStatementRunDelegate");
        // The timer is due again next month.
        assertThat(managementService().createJobQuery().timers().count()).isEqualTo(1);
    }

    private ProcessInstance request(long runId) {
        return runtimeService().startProcessInstanceByMessage(REQUESTED, String.valueOf(runId),
                Variables.createVariables().putValue("runId", runId));
    }

    /** The instance's one job (the timer start's job belongs to no instance). */
    private static org.camunda.bpm.engine.runtime.Job chunkJob(ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    private void register(String name, Consumer<DelegateExecution> behaviour) {
        DelegateRecorder.register(name, behaviour, calls);
    }
}
