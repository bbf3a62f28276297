package org.partneracademy.trainer.authorisation.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.trainer.authorisation.AuthorisationLifecycle;

/** BPMN task "Expire", after the timer at {@code expiresAt}. */
@Named("expireAuthorisationDelegate")
@Dependent
public class ExpireAuthorisationDelegate implements JavaDelegate {

    @Inject
    AuthorisationLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.expire(((Number) execution.getVariable(AuthorisationProcess.AUTHORISATION_ID)).longValue());
    }
}
