package org.partneracademy.assessment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.assessment.AttemptSteps;

/** BPMN task "Submit at the deadline": the time limit ended before the learner submitted. */
@Named("submitAtDeadlineDelegate")
@Dependent
public class SubmitAtDeadlineDelegate implements JavaDelegate {

    @Inject
    AttemptSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.submitAtDeadline(attemptId(execution));
    }

    static long attemptId(DelegateExecution execution) {
        return ((Number) execution.getVariable(AttemptProcess.ATTEMPT_ID)).longValue();
    }
}
