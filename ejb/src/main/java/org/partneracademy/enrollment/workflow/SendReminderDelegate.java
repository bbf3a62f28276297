package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.enrollment.SessionSteps;

/** BPMN task "Send reminder": the learner is reminded of the session once. */
@Named("sendReminderDelegate")
@Dependent
public class SendReminderDelegate implements JavaDelegate {

    @Inject
    SessionSteps sessions;

    @Override
    public void execute(DelegateExecution execution) {
        sessions.sendReminder(ProcessActor.enrollmentId(execution));
    }
}
