package org.partneracademy.trainer.authorisation.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.trainer.authorisation.AuthorisationLifecycle;

/** BPMN task "Ask for a new observed delivery": not enough good deliveries before the expiry. */
@Named("authorisationReauthorisationDelegate")
@Dependent
public class ReauthorisationNeededDelegate implements JavaDelegate {

    @Inject
    AuthorisationLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.reauthorisationForLackOfDeliveries(((Number) execution.getVariable(AuthorisationProcess.AUTHORISATION_ID)).longValue());
    }
}
