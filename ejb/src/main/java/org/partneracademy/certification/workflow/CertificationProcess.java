package org.partneracademy.certification.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Starts and advances the {@code certification} process; the business key is the certification id.
 * Services call it after the domain work, in the same transaction. Messages go to this one
 * certification's process (never to every waiting process).
 */
@ApplicationScoped
public class CertificationProcess {

    static final String PROCESS_KEY = "certification";
    static final String REQUIREMENT_MET = "CertificationRequirementMet";
    static final String REVOKED = "CertificationRevoked";
    static final String CERTIFICATION_ID = "certificationId";
    private static final Logger LOG = Logger.getLogger(CertificationProcess.class.getName());

    @Inject
    RuntimeService runtimeService;

    /** @return the process instance id */
    public String start(long certificationId) {
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(certificationId),
                Variables.createVariables().putValue(CERTIFICATION_ID, certificationId)).getId();
    }

    /**
     * A requirement was met: the process looks again whether a path is complete. When the process is not
     * waiting (it is evaluating or issuing right now), nothing is sent: it reads the data itself next, and
     * the certification's row lock orders the two so the newly met requirement is seen.
     */
    public void requirementMet(long certificationId) {
        String key = String.valueOf(certificationId);
        boolean waiting = runtimeService.createExecutionQuery().processInstanceBusinessKey(key)
                .messageEventSubscriptionName(REQUIREMENT_MET).count() > 0;
        if (waiting) {
            runtimeService.createMessageCorrelation(REQUIREMENT_MET).processInstanceBusinessKey(key).correlateWithResult();
        }
    }

    /** The certification was revoked (domain work done): its process ends wherever it waits. */
    public void revoked(long certificationId) {
        String key = String.valueOf(certificationId);
        boolean running = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(PROCESS_KEY).count() > 0;
        if (running) {
            runtimeService.createMessageCorrelation(REVOKED).processInstanceBusinessKey(key).correlateWithResult();
        } else {
            LOG.fine(() -> "No process runs for certification " + certificationId);
        }
    }
}
