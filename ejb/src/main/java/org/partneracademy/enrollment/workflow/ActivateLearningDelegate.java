package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.LearningSteps;

/** BPMN task "Activate learning": the self-paced enrollment becomes active. */
@Named("activateLearningDelegate")
@Dependent
public class ActivateLearningDelegate implements JavaDelegate {

    @Inject
    LearningSteps learning;

    @Override
    public void execute(DelegateExecution execution) {
        learning.activate(ProcessActor.enrollmentId(execution));
    }
}
