package org.partneracademy.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
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
import org.camunda.bpm.engine.task.IdentityLink;
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
 * Every path of the {@code statement-review} process with its delegates replaced by recorders: confirmed
 * by the partner; disputed, adjusted, re-issued and then confirmed; disputed and rejected, back for review;
 * confirmed automatically when the review time runs out (also after a re-issue, from the new due date).
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/statement-review.bpmn")
class StatementReviewProcessTest {

    private static final Instant NOW = Instant.parse("2005-03-01T08:00:00Z");
    private static final Duration REVIEW_DAYS = Duration.ofDays(14);

    ProcessEngine processEngine;

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void bindEngineAndDelegates() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        Consumer<DelegateExecution> newDueDate = execution -> execution.setVariable("reviewDueAt",
                Date.from(ClockUtil.getCurrentTime().toInstant().plus(REVIEW_DAYS)));
        register("lockStatementDelegate", execution -> { });
        register("autoConfirmStatementDelegate", execution -> { });
        register("reissueStatementDelegate", newDueDate);
        register("returnRejectedStatementDelegate", newDueDate);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    @Test
    void thePartnerAdminConfirmsAndTheStatementIsLocked() {
        var instance = start(1L);
        assertThat(instance).hasBusinessKey("1").isWaitingAtExactly("reviewStatement");
        var review = review(instance);
        assertThat(review.getDueDate()).isEqualTo(Date.from(NOW.plus(REVIEW_DAYS)));
        assertThat(taskService().getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getUserId)
                .containsExactlyInAnyOrder("pam", "pat");

        taskService().complete(review.getId(), Map.of("decision", "CONFIRM", "confirmedBy", "pam"));

        assertThat(instance).isEnded().hasPassed("Lock", "Confirmed").hasNotPassed("AutoConfirm", "resolveDispute");
        assertThat(calls).containsExactly("lockStatementDelegate");
    }

    @Test
    void aDisputeGoesToFinanceWhoseAdjustmentReissuesTheStatementForAnotherReview() {
        var instance = start(2L);
        taskService().complete(review(instance).getId(), Map.of("decision", "DISPUTE"));

        assertThat(instance).isWaitingAtExactly("resolveDispute");
        var finance = taskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(taskService().getIdentityLinksForTask(finance.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("FINANCE");

        EngineClock.advance(Duration.ofDays(20));
        assertThat(instance).as("no review timer while finance works on it").isWaitingAtExactly("resolveDispute");
        taskService().complete(finance.getId(), Map.of("outcome", "ADJUSTED"));

        assertThat(instance).isWaitingAtExactly("reviewStatement").hasPassed("Reissue").hasNotPassed("ReturnRejected");
        assertThat(review(instance).getDueDate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(20)).plus(REVIEW_DAYS)));

        taskService().complete(review(instance).getId(), Map.of("decision", "CONFIRM", "confirmedBy", "pam"));

        assertThat(instance).isEnded().hasPassed("Confirmed");
        assertThat(calls).containsExactly("reissueStatementDelegate", "lockStatementDelegate");
    }

    @Test
    void aRejectedDisputeReturnsTheStatementUnchangedForAnotherReview() {
        var instance = start(3L);
        taskService().complete(review(instance).getId(), Map.of("decision", "DISPUTE"));
        taskService().complete(taskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId(),
                Map.of("outcome", "REJECTED"));

        assertThat(instance).isWaitingAtExactly("reviewStatement").hasPassed("ReturnRejected").hasNotPassed("Reissue");
        assertThat(calls).containsExactly("returnRejectedStatementDelegate");

        taskService().complete(review(instance).getId(), Map.of("decision", "DISPUTE"));
        assertThat(instance).isWaitingAtExactly("resolveDispute");
    }

    @Test
    void anUnansweredReviewIsConfirmedAutomaticallyAtItsDueDate() {
        var instance = start(4L);

        EngineClock.advance(REVIEW_DAYS.minusMinutes(1));
        assertThat(instance).isWaitingAtExactly("reviewStatement");
        EngineClock.advance(Duration.ofMinutes(2));

        assertThat(instance).isEnded().hasPassed("AutoConfirm", "AutoConfirmed").hasNotPassed("Lock");
        assertThat(calls).containsExactly("autoConfirmStatementDelegate");
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aReissuedStatementTimesOutFromItsNewDueDate() {
        var instance = start(5L);
        EngineClock.advance(Duration.ofDays(10));
        taskService().complete(review(instance).getId(), Map.of("decision", "DISPUTE"));
        taskService().complete(taskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId(),
                Map.of("outcome", "ADJUSTED"));

        EngineClock.advance(Duration.ofDays(13));
        assertThat(instance).as("the first due date is gone").isWaitingAtExactly("reviewStatement");
        EngineClock.advance(Duration.ofDays(2));

        assertThat(instance).isEnded().hasPassed("AutoConfirmed");
        assertThat(calls).containsExactly("reissueStatementDelegate", "autoConfirmStatementDelegate");
    }

    private ProcessInstance start(long statementId) {
        return runtimeService().startProcessInstanceByKey("statement-review", String.valueOf(statementId),
                Variables.createVariables().putValue("statementId", statementId)
                        .putValue("reviewDueAt", Date.from(NOW.plus(REVIEW_DAYS)))
                        .putValue("partnerAdmins", "pam,pat"));
    }

    private static Task review(ProcessInstance instance) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("reviewStatement")
                .singleResult();
    }

    private void register(String name, Consumer<DelegateExecution> behaviour) {
        DelegateRecorder.register(name, behaviour, calls);
    }
}
