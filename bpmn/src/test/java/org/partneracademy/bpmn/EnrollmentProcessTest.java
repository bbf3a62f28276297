package org.partneracademy.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/enrollment.bpmn")
class EnrollmentProcessTest {

    private static final String PROCESS_KEY = "enrollment";
    private static final String COURSE_COMPLETED = "CourseCompleted";

    ProcessEngine processEngine;

    private final RecordingDelegate registration = new RecordingDelegate();
    private final RecordingDelegate completion = new RecordingDelegate();

    @BeforeEach
    void bindEngineAndDelegates() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("recordRegistrationDelegate", registration);
        Mocks.register("recordCompletionDelegate", completion);
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    @Test
    void happyPathRecordsRegistrationThenCompletionAndEnds() {
        ProcessInstance instance = startEnrollment(42L);

        assertThat(registration.enrollmentIds).containsExactly(42L);
        assertThat(registration.businessKeys).containsExactly("42");
        assertThat(completion.enrollmentIds).isEmpty();
        assertThat(instance).hasBusinessKey("42").isWaitingAtExactly("WaitForCourseCompletion");

        completeCourse("42");

        // The message only commits the wait state; the ledger write is deferred to a job.
        assertThat(instance).isWaitingAtExactly("RecordCompletion");
        Job recordCompletion = job("RecordCompletion", instance);
        assertThat(recordCompletion).isNotNull();
        assertThat(completion.enrollmentIds).isEmpty();

        execute(recordCompletion);

        assertThat(completion.enrollmentIds).containsExactly(42L);
        assertThat(registration.enrollmentIds).containsExactly(42L);
        assertThat(instance)
                .isEnded()
                .hasPassedInOrder("EnrollmentRequested", "RecordRegistration", "WaitForCourseCompletion",
                        "RecordCompletion", "EnrollmentCompleted");
    }

    @Test
    void failingRegistrationFailsTheStartAndLeavesNoTrace() {
        Mocks.register("recordRegistrationDelegate", (JavaDelegate) execution -> {
            throw new IllegalStateException("ledger unavailable");
        });

        assertThatThrownBy(() -> startEnrollment(7L))
                .hasMessageContaining("ledger unavailable");

        // Nothing committed means the caller's enrollment transaction can roll back as a whole.
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("7").count()).isZero();
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceBusinessKey("7").count())
                .isZero();
        assertThat(historyService().createHistoricActivityInstanceQuery().count()).isZero();
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void failingCompletionRetriesThenRaisesIncidentWithoutLosingTheInstance() {
        AtomicInteger attempts = new AtomicInteger();
        Mocks.register("recordCompletionDelegate", (JavaDelegate) execution -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("ledger unavailable");
        });
        ProcessInstance instance = startEnrollment(42L);
        completeCourse("42");

        String jobId = job("RecordCompletion", instance).getId();
        assertThatThrownBy(() -> managementService().executeJob(jobId)).hasMessageContaining("ledger unavailable");

        Job afterFirstFailure = managementService().createJobQuery().jobId(jobId).singleResult();
        assertThat(afterFirstFailure.getRetries()).isEqualTo(2);
        assertThat(afterFirstFailure.getExceptionMessage()).contains("ledger unavailable");
        // R3/PT5M: the job executor would wait before retrying rather than hammering a ledger that is down.
        assertThat(afterFirstFailure.getDuedate()).isAfter(ClockUtil.getCurrentTime());
        assertThat(runtimeService().createIncidentQuery().count()).isZero();

        assertThatThrownBy(() -> managementService().executeJob(jobId)).hasMessageContaining("ledger unavailable");
        assertThatThrownBy(() -> managementService().executeJob(jobId)).hasMessageContaining("ledger unavailable");

        assertThat(attempts).hasValue(3);
        assertThat(managementService().createJobQuery().jobId(jobId).singleResult().getRetries()).isZero();
        Incident incident = runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo("RecordCompletion");
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(instance)
                .isActive()
                .isWaitingAtExactly("RecordCompletion")
                .hasPassed("WaitForCourseCompletion")
                .hasNotPassed("EnrollmentCompleted");
        assertThat(runtimeService().getVariable(instance.getId(), "enrollmentId")).isEqualTo(42L);
    }

    @Test
    void completionIncidentResolvesOnceTheLedgerIsBackAndRetriesAreRestored() {
        Mocks.register("recordCompletionDelegate", (JavaDelegate) execution -> {
            throw new IllegalStateException("ledger unavailable");
        });
        ProcessInstance instance = startEnrollment(42L);
        completeCourse("42");
        String jobId = job("RecordCompletion", instance).getId();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> managementService().executeJob(jobId)).hasMessageContaining("ledger unavailable");
        }
        assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);

        Mocks.register("recordCompletionDelegate", completion);
        managementService().setJobRetries(jobId, 1);
        managementService().executeJob(jobId);

        assertThat(completion.enrollmentIds).containsExactly(42L);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(instance).isEnded().hasPassed("EnrollmentCompleted");
    }

    @Test
    void courseCompletedCorrelatesOnlyToItsOwnEnrollment() {
        ProcessInstance first = startEnrollment(1L);
        ProcessInstance second = startEnrollment(2L);

        completeCourse("2");

        assertThat(first).isWaitingAtExactly("WaitForCourseCompletion");
        assertThat(second).isWaitingAtExactly("RecordCompletion");
        assertThat(job("RecordCompletion", second)).isNotNull();
        assertThat(managementService().createJobQuery().processInstanceId(first.getId()).count()).isZero();

        // A completion for an enrollment that is not waiting must fail loudly, not be swallowed.
        assertThatThrownBy(() -> completeCourse("2")).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThatThrownBy(() -> completeCourse("3")).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(first).isWaitingAtExactly("WaitForCourseCompletion");
    }

    private static ProcessInstance startEnrollment(long enrollmentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, Long.toString(enrollmentId),
                Map.of("enrollmentId", enrollmentId));
    }

    private static void completeCourse(String businessKey) {
        runtimeService().createMessageCorrelation(COURSE_COMPLETED).processInstanceBusinessKey(businessKey).correlate();
    }

    /** Stands in for the EJB module's CDI delegates and remembers what the engine handed them. */
    private static final class RecordingDelegate implements JavaDelegate {
        final List<Object> enrollmentIds = new ArrayList<>();
        final List<String> businessKeys = new ArrayList<>();

        @Override
        public void execute(DelegateExecution execution) {
            enrollmentIds.add(execution.getVariable("enrollmentId"));
            businessKeys.add(execution.getBusinessKey());
        }
    }
}
