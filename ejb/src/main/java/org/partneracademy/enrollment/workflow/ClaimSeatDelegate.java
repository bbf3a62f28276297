package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.SeatSteps;

/** BPMN task "Claim a seat": a seat or a waitlist place; writes the variable seated. */
@Named("claimSeatDelegate")
@Dependent
public class ClaimSeatDelegate implements JavaDelegate {

    @Inject
    SeatSteps seats;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("seated", seats.claim(ProcessActor.enrollmentId(execution)));
    }
}
