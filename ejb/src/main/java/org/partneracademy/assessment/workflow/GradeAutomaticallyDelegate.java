package org.partneracademy.assessment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.assessment.AttemptSteps;

/** BPMN task "Grade automatically": scores what the server can; sets needsGrader. */
@Named("gradeAutomaticallyDelegate")
@Dependent
public class GradeAutomaticallyDelegate implements JavaDelegate {

    @Inject
    AttemptSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("needsGrader", steps.gradeAutomatically(SubmitAtDeadlineDelegate.attemptId(execution)));
    }
}
