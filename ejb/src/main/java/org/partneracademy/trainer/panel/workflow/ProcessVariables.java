package org.partneracademy.trainer.panel.workflow;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/** The trainer-panel process's variables, typed. */
final class ProcessVariables {

    static final String OBSERVED_DELIVERY_ID = "observedDeliveryId";

    private ProcessVariables() {
    }

    static long observedDeliveryId(DelegateExecution execution) {
        return ((Number) execution.getVariable(OBSERVED_DELIVERY_ID)).longValue();
    }

    /** Transient: never serialised, read by the multi-instance in the same transaction. */
    static ObjectValue panel(List<String> usernames) {
        return Variables.objectValue(List.copyOf(usernames), true).create();
    }
}
