package org.partneracademy.reporting.close.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.reporting.close.CloseRuns;

/** BPMN task "Issue the next chunk" (asynchronous, one transaction per chunk): sets {@code more}. */
@Named("issueStatementChunkDelegate")
@Dependent
public class IssueChunkDelegate implements JavaDelegate {

    @Inject
    CloseRuns runs;

    @Override
    public void execute(DelegateExecution execution) {
        long runId = ((Number) execution.getVariable(CloseProcess.RUN_ID)).longValue();
        try {
            execution.setVariable(CloseProcess.MORE, runs.issueNextChunk(runId));
        } catch (RuntimeException e) {
            runs.recordFailure(runId, String.valueOf(rootMessage(e)));
            throw e;
        }
    }

    /** The domain's own words, not the EJB container's wrapper. */
    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : e.toString();
    }
}
