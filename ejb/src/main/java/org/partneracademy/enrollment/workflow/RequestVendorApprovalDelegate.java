package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.ApprovalSteps;

/** BPMN task "Ask the vendor": the vendor admins are told a request waits for them. */
@Named("requestVendorApprovalDelegate")
@Dependent
public class RequestVendorApprovalDelegate implements JavaDelegate {

    @Inject
    ApprovalSteps approvals;

    @Override
    public void execute(DelegateExecution execution) {
        approvals.requestVendorApproval(ProcessActor.enrollmentId(execution));
    }
}
