package org.partneracademy.trainer.panel.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.trainer.panel.PanelDecisions;

/** BPMN task "Escalate to the head of training": the panel's deadline passed. */
@Named("escalatePanelDelegate")
@Dependent
public class EscalatePanelDelegate implements JavaDelegate {

    @Inject
    PanelDecisions decisions;

    @Override
    public void execute(DelegateExecution execution) {
        decisions.escalate(ProcessVariables.observedDeliveryId(execution));
    }
}
