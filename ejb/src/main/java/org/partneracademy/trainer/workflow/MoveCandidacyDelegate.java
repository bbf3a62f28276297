package org.partneracademy.trainer.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.trainer.CandidacyProgress;
import org.partneracademy.trainer.CandidacyStatus;

/** BPMN tasks "On …" and "Fail": the candidacy moves to the step named by the task's input {@code step}. */
@Named("moveCandidacyDelegate")
@Dependent
public class MoveCandidacyDelegate implements JavaDelegate {

    @Inject
    CandidacyProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        progress.moveTo(ProcessVariables.candidacyId(execution),
                CandidacyStatus.valueOf((String) execution.getVariable("step")));
    }
}
