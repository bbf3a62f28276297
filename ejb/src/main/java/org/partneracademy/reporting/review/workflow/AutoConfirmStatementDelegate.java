package org.partneracademy.reporting.review.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.reporting.review.ReviewSteps;

/** BPMN task "Confirm automatically and tell the partner: the review time ran out." */
@Named("autoConfirmStatementDelegate")
@Dependent
public class AutoConfirmStatementDelegate implements JavaDelegate {

    @Inject
    ReviewSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.autoConfirm(ProcessVariables.statementId(execution));
    }
}
