package org.partneracademy.certification.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.certification.CertificationLifecycle;

/** BPMN tasks "Evaluate requirements": records what the data shows as met, sets {@code earned}. */
@Named("evaluateRequirementsDelegate")
@Dependent
public class EvaluateRequirementsDelegate implements JavaDelegate {

    @Inject
    CertificationLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("earned", lifecycle.isEarned(ProcessVariables.certificationId(execution)));
    }
}
