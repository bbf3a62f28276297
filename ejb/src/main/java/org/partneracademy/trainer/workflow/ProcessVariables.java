package org.partneracademy.trainer.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reading the candidacy id of the running process. */
final class ProcessVariables {

    private ProcessVariables() {
    }

    static long candidacyId(DelegateExecution execution) {
        return ((Number) execution.getVariable(TrainerCertificationProcess.CANDIDACY_ID)).longValue();
    }
}
