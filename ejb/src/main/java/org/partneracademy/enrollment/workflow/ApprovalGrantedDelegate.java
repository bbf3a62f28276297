package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.ApprovalSteps;

/** BPMN task "Tell the learner: approved": the learner learns the request was approved. */
@Named("approvalGrantedDelegate")
@Dependent
public class ApprovalGrantedDelegate implements JavaDelegate {

    @Inject
    ApprovalSteps approvals;

    @Override
    public void execute(DelegateExecution execution) {
        approvals.granted(ProcessActor.enrollmentId(execution));
    }
}
