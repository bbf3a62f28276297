package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.RegistrationLedger;

/** BPMN task "Record registration": the seat becomes a registration in the ledger. */
@Named("recordRegistrationDelegate")
@Dependent
public class RecordRegistrationDelegate implements JavaDelegate {

    @Inject
    RegistrationLedger ledger;

    @Override
    public void execute(DelegateExecution execution) {
        ledger.recordSeatTaken(ProcessActor.enrollmentId(execution), ProcessActor.of(execution));
    }
}
