package org.partneracademy.assessment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.assessment.AttemptSteps;

/** BPMN task "Record the result": the final score; sets retakeAfter for the cooldown timer. */
@Named("recordResultDelegate")
@Dependent
public class RecordResultDelegate implements JavaDelegate {

    @Inject
    AttemptSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        var retakeAfter = steps.recordResult(SubmitAtDeadlineDelegate.attemptId(execution));
        execution.setVariable("retakeAfter", retakeAfter == null ? null : Date.from(retakeAfter));
    }
}
