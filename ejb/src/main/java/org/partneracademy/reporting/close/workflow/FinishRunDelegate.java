package org.partneracademy.reporting.close.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.reporting.close.CloseRuns;

/** BPMN task "Finish the run": every partner due a statement has it. */
@Named("finishStatementRunDelegate")
@Dependent
public class FinishRunDelegate implements JavaDelegate {

    @Inject
    CloseRuns runs;

    @Override
    public void execute(DelegateExecution execution) {
        runs.finish(((Number) execution.getVariable(CloseProcess.RUN_ID)).longValue());
    }
}
