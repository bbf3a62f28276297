package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.SessionSteps;

/** BPMN task "Record attendance and completion": the enrollment completes and the ledger records it. */
@Named("recordAttendanceDelegate")
@Dependent
public class RecordAttendanceDelegate implements JavaDelegate {

    @Inject
    SessionSteps sessions;

    @Override
    public void execute(DelegateExecution execution) {
        sessions.recordAttendance(ProcessActor.enrollmentId(execution), ProcessActor.of(execution));
    }
}
