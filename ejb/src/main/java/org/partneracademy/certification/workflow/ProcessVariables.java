package org.partneracademy.certification.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reading the certification id of the running process. */
final class ProcessVariables {

    private ProcessVariables() {
    }

    static long certificationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CertificationProcess.CERTIFICATION_ID)).longValue();
    }

    /** Names the timer that caused a step, for the certification's history. */
    static String timer(DelegateExecution execution, String variable) {
        return "timer " + execution.getCurrentActivityId() + " (" + variable + " " + execution.getVariable(variable) + ")";
    }
}
