package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.SeatSteps;

/** BPMN task "Release the offered seat": the unaccepted seat goes to the next in line. */
@Named("expireOfferDelegate")
@Dependent
public class ExpireOfferDelegate implements JavaDelegate {

    @Inject
    SeatSteps seats;

    @Override
    public void execute(DelegateExecution execution) {
        seats.expireOffer(ProcessActor.enrollmentId(execution));
    }
}
