package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.ApprovalSteps;

/** BPMN task "Ask the manager": the request waits for approval and its approvers are told. */
@Named("requestApprovalDelegate")
@Dependent
public class RequestApprovalDelegate implements JavaDelegate {

    @Inject
    ApprovalSteps approvals;

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        var approvers = (Collection<String>) execution.getVariable("approvers");
        approvals.requestApproval(ProcessActor.enrollmentId(execution), approvers == null ? List.of() : approvers);
    }
}
