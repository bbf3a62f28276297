package org.partneracademy.trainer.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.partneracademy.trainer.CandidacyKind;

/**
 * Starts and advances the {@code trainer-certification} process; the business key is the candidacy id.
 * Services and observers call it after the domain work, in the same transaction. A message goes to the
 * candidacy's own process and only when that process waits for it: candidacies created by other
 * features' tests (or a step recorded twice) have no process waiting, and nothing is sent then.
 */
@ApplicationScoped
public class TrainerCertificationProcess {

    static final String PROCESS_KEY = "trainer-certification";
    static final String CANDIDACY_ID = "candidacyId";
    static final String DECIDE_NOMINATION = "decideNomination";
    public static final String LIVE_TRAINING_DONE = "TrainerLiveTrainingDone";
    public static final String EXAM_PASSED = "TrainerExamPassed";
    public static final String SHADOWING_DONE = "TrainerShadowingDone";
    public static final String CO_DELIVERY_DONE = "TrainerCoDeliveryDone";
    static final String PANEL_DECIDED = "TrainerPanelDecided";
    static final String WITHDRAWN = "TrainerCandidacyWithdrawn";
    private static final Logger LOG = Logger.getLogger(TrainerCertificationProcess.class.getName());

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    /** @return the process instance id */
    public String start(long candidacyId, CandidacyKind kind) {
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(candidacyId),
                Variables.createVariables().putValue(CANDIDACY_ID, candidacyId).putValue("kind", kind.name())).getId();
    }

    /** Completes the vendor's decision task (the decision is recorded on the candidacy already). */
    public void decided(long candidacyId, boolean accepted) {
        var task = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(candidacyId))
                .processDefinitionKey(PROCESS_KEY).taskDefinitionKey(DECIDE_NOMINATION).singleResult();
        if (task == null) {
            LOG.fine(() -> "No nomination task waits for candidacy " + candidacyId);
            return;
        }
        taskService.complete(task.getId(), Map.of("accepted", accepted));
    }

    /**
     * Sends one of the step messages (e.g. {@link #LIVE_TRAINING_DONE}) when the candidacy's process waits for it.
     *
     * @return whether the process was waiting and got it
     */
    public boolean stepDone(long candidacyId, String message) {
        return sendIfWaiting(candidacyId, message, Map.of());
    }

    /** The panel's verdict; a failed one says where to go back to. */
    public boolean panelDecided(long candidacyId, boolean passed, String retryFrom) {
        var variables = Variables.createVariables().putValue("passed", passed).putValue("retryFrom", retryFrom);
        return sendIfWaiting(candidacyId, PANEL_DECIDED, variables);
    }

    /** The candidacy was withdrawn (recorded already): its process ends wherever it waits. */
    public void withdrawn(long candidacyId) {
        String key = String.valueOf(candidacyId);
        boolean running = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(PROCESS_KEY).count() > 0;
        if (running) {
            runtimeService.createMessageCorrelation(WITHDRAWN).processInstanceBusinessKey(key).correlateWithResult();
        }
    }

    private boolean sendIfWaiting(long candidacyId, String message, Map<String, Object> variables) {
        String key = String.valueOf(candidacyId);
        boolean waiting = runtimeService.createExecutionQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(PROCESS_KEY).messageEventSubscriptionName(message).count() > 0;
        if (waiting) {
            runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(key).setVariables(variables)
                    .correlateWithResult();
        }
        return waiting;
    }
}
