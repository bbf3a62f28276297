package org.partneracademy.reporting.review.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.reporting.ConfirmedVia;
import org.partneracademy.reporting.review.ReviewSteps;

/** BPMN task "Lock the statement: confirmed by the partner admin who completed the review." */
@Named("lockStatementDelegate")
@Dependent
public class LockStatementDelegate implements JavaDelegate {

    @Inject
    ReviewSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.lock(ProcessVariables.statementId(execution), ConfirmedVia.PARTNER, (String) execution.getVariable("confirmedBy"));
    }
}
