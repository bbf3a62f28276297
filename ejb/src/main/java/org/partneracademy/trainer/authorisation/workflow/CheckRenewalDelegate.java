package org.partneracademy.trainer.authorisation.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.trainer.authorisation.AuthorisationLifecycle;

/** BPMN task "Check renewal by deliveries": sets {@code renewed} and, when renewed, the next timers. */
@Named("checkAuthorisationRenewalDelegate")
@Dependent
public class CheckRenewalDelegate implements JavaDelegate {

    @Inject
    AuthorisationLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(AuthorisationProcess.AUTHORISATION_ID)).longValue();
        var renewed = lifecycle.renewByDeliveries(id);
        execution.setVariable("renewed", renewed.isPresent());
        renewed.ifPresent(expiry -> {
            execution.setVariable(AuthorisationProcess.EXPIRES_AT, Date.from(expiry));
            execution.setVariable(AuthorisationProcess.RENEWAL_CHECK_AT, Date.from(AuthorisationLifecycle.renewalCheckAt(expiry)));
        });
    }
}
