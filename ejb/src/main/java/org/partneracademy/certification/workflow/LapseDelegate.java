package org.partneracademy.certification.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.certification.CertificationLifecycle;

/** BPMN task "Lapse", after the timer at {@code graceEndsAt}. */
@Named("lapseCertificationDelegate")
@Dependent
public class LapseDelegate implements JavaDelegate {

    @Inject
    CertificationLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.lapse(ProcessVariables.certificationId(execution), ProcessVariables.timer(execution, "graceEndsAt"));
    }
}
