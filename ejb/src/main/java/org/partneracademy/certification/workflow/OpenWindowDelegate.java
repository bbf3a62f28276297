package org.partneracademy.certification.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.certification.CertificationLifecycle;

/** BPMN task "Open the recertification window", after the timer at {@code windowOpensAt}. */
@Named("openWindowDelegate")
@Dependent
public class OpenWindowDelegate implements JavaDelegate {

    @Inject
    CertificationLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.openWindow(ProcessVariables.certificationId(execution), ProcessVariables.timer(execution, "windowOpensAt"));
    }
}
