package org.partneracademy.trainer.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.trainer.CandidacyProgress;

/** BPMN task "Authorise": closes the candidacy as AUTHORISED and fires {@code CandidacyPassed}. */
@Named("authoriseCandidacyDelegate")
@Dependent
public class AuthoriseCandidacyDelegate implements JavaDelegate {

    @Inject
    CandidacyProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        progress.authorise(ProcessVariables.candidacyId(execution));
    }
}
