package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.ApprovalSteps;

/** BPMN task "Expire the request": nobody decided in time: the enrollment expires. */
@Named("expireRequestDelegate")
@Dependent
public class ExpireRequestDelegate implements JavaDelegate {

    @Inject
    ApprovalSteps approvals;

    @Override
    public void execute(DelegateExecution execution) {
        approvals.expire(ProcessActor.enrollmentId(execution));
    }
}
