package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.SessionSteps;

/** BPMN task "Record no-show": the enrollment ends as a no-show and the ledger records it. */
@Named("recordNoShowDelegate")
@Dependent
public class RecordNoShowDelegate implements JavaDelegate {

    @Inject
    SessionSteps sessions;

    @Override
    public void execute(DelegateExecution execution) {
        sessions.recordNoShow(ProcessActor.enrollmentId(execution), ProcessActor.of(execution));
    }
}
