package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.ApprovalSteps;

/** BPMN task "Record rejection": the enrollment ends rejected with the approver's note. */
@Named("rejectRequestDelegate")
@Dependent
public class RejectRequestDelegate implements JavaDelegate {

    @Inject
    ApprovalSteps approvals;

    @Override
    public void execute(DelegateExecution execution) {
        approvals.reject(ProcessActor.enrollmentId(execution), (String) execution.getVariable("decisionNote"));
    }
}
