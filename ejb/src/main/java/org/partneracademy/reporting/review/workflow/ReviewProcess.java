package org.partneracademy.reporting.review.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.reporting.review.ReviewWorkflow;

/** Starts the {@code statement-review} process (business key = statement id) and completes its tasks. */
@ApplicationScoped
public class ReviewProcess implements ReviewWorkflow {

    static final String PROCESS_KEY = "statement-review";
    static final String REVIEW = "reviewStatement";
    static final String FINANCE = "resolveDispute";

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Override
    public boolean startUnlessRunning(long statementId, Instant reviewDueAt, List<String> partnerAdmins) {
        var key = String.valueOf(statementId);
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(key)
                .count() > 0) {
            return false;
        }
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, key, Variables.createVariables()
                .putValue(ProcessVariables.STATEMENT_ID, statementId)
                .putValue(ProcessVariables.REVIEW_DUE_AT, Date.from(reviewDueAt))
                .putValue("partnerAdmins", String.join(",", partnerAdmins)));
        return true;
    }

    @Override
    public Optional<String> reviewTask(long statementId) {
        return task(statementId, REVIEW);
    }

    @Override
    public Optional<String> financeTask(long statementId) {
        return task(statementId, FINANCE);
    }

    @Override
    public void completeReview(String taskId, Decision decision, String by) {
        complete(taskId, Map.of("decision", decision.name(), "confirmedBy", by));
    }

    @Override
    public void completeFinance(String taskId, boolean adjusted) {
        complete(taskId, Map.of("outcome", adjusted ? "ADJUSTED" : "REJECTED"));
    }

    private Optional<String> task(long statementId, String definitionKey) {
        return taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(statementId)).taskDefinitionKey(definitionKey).active()
                .list().stream().findFirst().map(Task::getId);
    }

    /** The statement's row lock serialises our own requests; this catches a timer job completing the task at the same moment. */
    private void complete(String taskId, Map<String, Object> variables) {
        try {
            taskService.complete(taskId, variables);
        } catch (OptimisticLockingException e) {
            throw new ConflictException("The review changed at the same moment (its time ran out?); reload and try again");
        } catch (ProcessEngineException e) {
            if (e.getMessage() != null && e.getMessage().contains("Cannot find task")) {
                throw new ConflictException("The review task " + taskId + " is done already");
            }
            throw e;
        }
    }
}
