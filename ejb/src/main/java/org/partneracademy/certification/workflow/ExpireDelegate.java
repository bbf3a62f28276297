package org.partneracademy.certification.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.certification.CertificationLifecycle;

/** BPMN task "Expire", after the timer at {@code expiresAt}. */
@Named("expireCertificationDelegate")
@Dependent
public class ExpireDelegate implements JavaDelegate {

    @Inject
    CertificationLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.expire(ProcessVariables.certificationId(execution), ProcessVariables.timer(execution, "expiresAt"));
    }
}
