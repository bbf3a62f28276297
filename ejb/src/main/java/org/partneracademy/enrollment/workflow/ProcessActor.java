package org.partneracademy.enrollment.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Who a ledger entry is attributed to: the signed-in user who moved the process, or the system for jobs. */
final class ProcessActor {

    static final String SYSTEM = "system";

    private ProcessActor() {
    }

    static String of(DelegateExecution execution) {
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? SYSTEM : authentication.getUserId();
    }

    static long enrollmentId(DelegateExecution execution) {
        return ((Number) execution.getVariable(EnrollmentProcess.ENROLLMENT_ID)).longValue();
    }
}
