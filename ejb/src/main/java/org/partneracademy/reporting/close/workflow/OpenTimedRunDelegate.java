package org.partneracademy.reporting.close.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.reporting.close.CloseRuns;

/**
 * BPMN task "Open the ended period's run", after the monthly timer: sets {@code runId}, or null when
 * closing on the timer is off or the period has a run already.
 */
@Named("openTimedStatementRunDelegate")
@Dependent
public class OpenTimedRunDelegate implements JavaDelegate {

    @Inject
    CloseRuns runs;

    @Override
    public void execute(DelegateExecution execution) {
        Long runId = runs.openOnTimer();
        execution.setVariable(CloseProcess.RUN_ID, runId);
        if (runId != null) {
            execution.setProcessBusinessKey(String.valueOf(runId));
            runs.startedAs(runId, execution.getProcessInstanceId());
        }
    }
}
