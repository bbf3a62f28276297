package org.partneracademy.reporting.review.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.reporting.review.ReviewSteps;

/** BPMN task "Re-issue the next revision: finance adjusted; the review timer restarts from the new due date." */
@Named("reissueStatementDelegate")
@Dependent
public class ReissueStatementDelegate implements JavaDelegate {

    @Inject
    ReviewSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ProcessVariables.REVIEW_DUE_AT, Date.from(steps.reissue(ProcessVariables.statementId(execution))));
    }
}
