package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.EnrollmentEligibility;

/** BPMN task "Check eligibility": a refusal propagates to the requester and rolls the request back. */
@Named("checkEligibilityDelegate")
@Dependent
public class CheckEligibilityDelegate implements JavaDelegate {

    @Inject
    EnrollmentEligibility eligibility;

    @Override
    public void execute(DelegateExecution execution) {
        eligibility.check(ProcessActor.enrollmentId(execution));
    }
}
