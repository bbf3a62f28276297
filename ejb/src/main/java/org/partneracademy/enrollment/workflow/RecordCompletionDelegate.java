package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.RegistrationLedger;

/** BPMN task "Record completion": the ledger learns the seat was used to the end. */
@Named("recordCompletionDelegate")
@Dependent
public class RecordCompletionDelegate implements JavaDelegate {

    @Inject
    RegistrationLedger ledger;

    @Override
    public void execute(DelegateExecution execution) {
        ledger.recordCompletion(ProcessActor.enrollmentId(execution), ProcessActor.of(execution));
    }
}
