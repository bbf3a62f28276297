package org.partneracademy.trainer.panel.workflow;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partneracademy.trainer.panel.PanelDecisions;

/** BPMN task "Extend the deadline": a new deadline for the members who have not signed off. */
@Named("extendPanelDelegate")
@Dependent
public class ExtendPanelDelegate implements JavaDelegate {

    @Inject
    PanelDecisions decisions;

    @Override
    public void execute(DelegateExecution execution) {
        int days = ((Number) execution.getVariable("extendByDays")).intValue();
        var extension = decisions.extend(ProcessVariables.observedDeliveryId(execution), days);
        execution.setVariable("dueAt", Date.from(extension.dueAt()));
        execution.setVariable("panel", ProcessVariables.panel(extension.awaiting()));
    }
}
