package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

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

    public void start(long enrollmentId) {
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(enrollmentId),
                Map.of(ENROLLMENT_ID, enrollmentId));
    }

    public void courseCompleted(long enrollmentId) {
        runtimeService.createMessageCorrelation(COURSE_COMPLETED)
                .processInstanceBusinessKey(String.valueOf(enrollmentId))
                .correlateWithResult();
    }
}
