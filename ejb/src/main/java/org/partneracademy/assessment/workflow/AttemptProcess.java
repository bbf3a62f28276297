package org.partneracademy.assessment.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.partneracademy.platform.error.ConflictException;

/**
 * Starts and advances the {@code assessment-attempt} process. The business key is the attempt id. The
 * attempt service calls it after the domain work; it only tells the process what happened.
 */
@ApplicationScoped
public class AttemptProcess {

    static final String PROCESS_KEY = "assessment-attempt";
    static final String SUBMITTED = "AttemptSubmitted";
    static final String GRADE_BY_PERSON = "GradeByPerson";
    static final String ATTEMPT_ID = "attemptId";

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    /** Starts the attempt's process in the caller's transaction; returns the process instance id. */
    public String start(long attemptId, Instant deadlineAt) {
        var variables = Variables.createVariables()
                .putValue(ATTEMPT_ID, attemptId)
                .putValue("deadlineAt", deadlineAt == null ? null : Date.from(deadlineAt));
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(attemptId), variables).getId();
    }

    /**
     * The learner submitted: the process grades in this transaction (and gives the result unless a
     * person grades). An attempt whose process does not wait (the deadline timer fired a moment ago) is
     * a conflict.
     */
    public void submitted(long attemptId) {
        try {
            runtimeService.createMessageCorrelation(SUBMITTED).processInstanceBusinessKey(String.valueOf(attemptId))
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
            // The deadline timer submitted it a moment ago (or is doing so right now).
            throw new ConflictException("Attempt " + attemptId + " was submitted meanwhile");
        }
    }

    /** A grader awarded the last points: completes the grading task, which gives the result in this transaction. */
    public void graded(long attemptId) {
        var task = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(attemptId))
                .taskDefinitionKey(GRADE_BY_PERSON).singleResult();
        if (task == null) {
            throw new ConflictException("Attempt " + attemptId + " does not wait for grading (it was graded meanwhile)");
        }
        try {
            taskService.complete(task.getId());
        } catch (OptimisticLockingException e) {
            throw new ConflictException("Attempt " + attemptId + " was graded meanwhile");
        }
    }
}
