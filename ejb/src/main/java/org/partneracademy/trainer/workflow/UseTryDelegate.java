package org.partneracademy.trainer.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.trainer.CandidacyProgress;

/** BPMN task "Use a try": counts the failed panel and sets {@code triesLeft}. */
@Named("useTryDelegate")
@Dependent
public class UseTryDelegate implements JavaDelegate {

    @Inject
    CandidacyProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("triesLeft", progress.useTry(ProcessVariables.candidacyId(execution)));
    }
}
