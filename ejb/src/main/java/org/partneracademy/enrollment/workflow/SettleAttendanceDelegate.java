package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.SessionSteps;

/** BPMN task "Settle attendance": reads the attendance marks; writes the variable attended. */
@Named("settleAttendanceDelegate")
@Dependent
public class SettleAttendanceDelegate implements JavaDelegate {

    @Inject
    SessionSteps sessions;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("attended", sessions.attendedEveryDay(ProcessActor.enrollmentId(execution)));
    }
}
