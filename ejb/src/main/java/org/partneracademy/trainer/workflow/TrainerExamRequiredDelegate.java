package org.partneracademy.trainer.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.trainer.CandidacyProgress;

/** BPMN task "Check trainer exam": sets {@code trainerExamRequired}. */
@Named("trainerExamRequiredDelegate")
@Dependent
public class TrainerExamRequiredDelegate implements JavaDelegate {

    @Inject
    CandidacyProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("trainerExamRequired", progress.trainerExamRequired(ProcessVariables.candidacyId(execution)));
    }
}
