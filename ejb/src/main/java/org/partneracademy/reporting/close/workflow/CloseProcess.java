package org.partneracademy.reporting.close.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.partneracademy.reporting.close.CloseWorkflow;

/** Starts the {@code statement-close} process for a run (business key = run id), in the caller's transaction. */
@ApplicationScoped
public class CloseProcess implements CloseWorkflow {

    public static final String PROCESS_KEY = "statement-close";
    public static final String CLOSE_REQUESTED = "StatementCloseRequested";
    static final String RUN_ID = "runId";
    static final String MORE = "more";

    @Inject
    RuntimeService runtimeService;

    @Override
    public String start(long runId) {
        // The message start event; the first chunk is asynchronous, so the caller's transaction only stores the run.
        return runtimeService.startProcessInstanceByMessage(CLOSE_REQUESTED, String.valueOf(runId),
                Variables.createVariables().putValue(RUN_ID, runId)).getId();
    }
}
