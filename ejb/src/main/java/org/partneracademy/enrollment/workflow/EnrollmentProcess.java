package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.partneracademy.enrollment.RegistrationLedger;

/**
 * Starts and advances the {@code enrollment} process. The business key is the enrollment id, so the
 * process and the enrollment row can always be found from each other.
 */
@ApplicationScoped
public class EnrollmentProcess {

    static final String PROCESS_KEY = "enrollment";
    static final String COURSE_COMPLETED = "CourseCompleted";
    static final String ENROLLMENT_ID = "enrollmentId";

    @Inject
    RuntimeService runtimeService;

    @Inject
    RegistrationLedger ledger;

    public void start(long enrollmentId) {
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(enrollmentId),
                Map.of(ENROLLMENT_ID, enrollmentId));
    }

    /**
     * Tells the enrollment's process that the course is completed. An enrollment that no process is
     * waiting for (history loaded from another system, demo data) has its completion recorded in the
     * ledger directly, as the process would have: finishing such an enrollment must not fail.
     */
    public void courseCompleted(long enrollmentId, String actor) {
        String businessKey = String.valueOf(enrollmentId);
        boolean processWaits = runtimeService.createExecutionQuery()
                .processInstanceBusinessKey(businessKey)
                .messageEventSubscriptionName(COURSE_COMPLETED)
                .count() > 0;
        if (processWaits) {
            runtimeService.createMessageCorrelation(COURSE_COMPLETED)
                    .processInstanceBusinessKey(businessKey)
                    .correlateWithResult();
        } else {
            ledger.recordCompletion(enrollmentId, actor);
        }
    }
}
