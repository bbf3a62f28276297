package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.SessionSteps;

/** BPMN task "Refresh session dates": the timers of the new session; writes reminderAt and settleAt. */
@Named("refreshSessionDatesDelegate")
@Dependent
public class RefreshSessionDatesDelegate implements JavaDelegate {

    @Inject
    SessionSteps sessions;

    @Override
    public void execute(DelegateExecution execution) {
        var times = sessions.times(ProcessActor.enrollmentId(execution));
        execution.setVariable("reminderAt", Date.from(times.reminderAt()));
        execution.setVariable("settleAt", Date.from(times.settleAt()));
    }
}
