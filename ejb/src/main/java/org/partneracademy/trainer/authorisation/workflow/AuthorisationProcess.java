package org.partneracademy.trainer.authorisation.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Starts and ends the {@code trainer-authorisation} process (business key = authorisation id), which
 * holds the renewal check and expiry timers. Called after the domain work, in the same transaction.
 */
@ApplicationScoped
public class AuthorisationProcess {

    public static final String PROCESS_KEY = "trainer-authorisation";
    static final String ENDED = "TrainerAuthorisationEnded";
    static final String AUTHORISATION_ID = "authorisationId";
    static final String RENEWAL_CHECK_AT = "renewalCheckAt";
    static final String EXPIRES_AT = "expiresAt";

    @Inject
    RuntimeService runtimeService;

    /** @return the process instance id */
    public String start(long authorisationId, Instant renewalCheckAt, Instant expiresAt) {
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(authorisationId),
                Variables.createVariables().putValue(AUTHORISATION_ID, authorisationId)
                        .putValue(RENEWAL_CHECK_AT, Date.from(renewalCheckAt))
                        .putValue(EXPIRES_AT, Date.from(expiresAt))).getId();
    }

    /** The authorisation was revoked or superseded: its timers stop, wherever the process waits. */
    public void ended(long authorisationId) {
        String key = String.valueOf(authorisationId);
        boolean running = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(PROCESS_KEY).count() > 0;
        if (running) {
            runtimeService.createMessageCorrelation(ENDED).processInstanceBusinessKey(key).correlateWithResult();
        }
    }
}
