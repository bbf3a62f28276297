package org.partneracademy.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

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
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every path of the {@code enrollment} process with its delegates replaced by recorders: self-paced,
 * approvals (one and two stages, rejected, timed out), seats (seated, waitlisted, offered, accepted,
 * offer lapsed), cancellation at each wait state, rescheduling, attendance (completed, no-show).
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/enrollment.bpmn")
class EnrollmentProcessTest {

    private static final String PROCESS_KEY = "enrollment";
    private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");
    private static final Date REMINDER_AT = Date.from(Instant.parse("2026-12-05T09:00:00Z"));
    private static final Date SETTLE_AT = Date.from(Instant.parse("2026-12-08T05:00:00Z"));

    private static final List<String> DELEGATES = List.of("checkEligibilityDelegate", "requestApprovalDelegate",
            "requestVendorApprovalDelegate", "approvalGrantedDelegate", "rejectRequestDelegate", "expireRequestDelegate",
            "activateLearningDelegate", "recordRegistrationDelegate", "recordCompletionDelegate", "claimSeatDelegate",
            "expireOfferDelegate", "sendReminderDelegate", "settleAttendanceDelegate", "refreshSessionDatesDelegate",
            "recordAttendanceDelegate", "recordNoShowDelegate", "reportCompletionDelegate");

    ProcessEngine processEngine;

    /** Delegate name → the enrollment ids it was called with, in order. */
    private final Map<String, List<Long>> calls = new HashMap<>();
    private boolean seatFree = true;
    private boolean present = true;

    @BeforeEach
    void bindEngineAndDelegates() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        DELEGATES.forEach(name -> register(name, execution -> { }));
        register("claimSeatDelegate", execution -> execution.setVariable("seated", seatFree));
        register("settleAttendanceDelegate", execution -> execution.setVariable("attended", present));
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    // --- self-paced ---------------------------------------------------------------------------------------

    @Test
    void selfPacedRunsFromRequestToReportedCompletion() {
        ProcessInstance instance = start(42L, false, false, false);

        assertThat(instance).hasBusinessKey("42").isWaitingAtExactly("CourseCompleted");
        assertThat(called()).containsExactly("checkEligibilityDelegate", "activateLearningDelegate",
                "recordRegistrationDelegate");
        // The decisions taken on the way were transient: the waiting instance stores the enrollment id only.
        assertThat(runtimeService().getVariables(instance.getId())).containsOnlyKeys("enrollmentId");

        correlate("CourseCompleted", "42");
        // The message only commits the wait state; the ledger write is a job of its own.
        assertThat(instance).isWaitingAtExactly("RecordCompletion");
        assertThat(calls).doesNotContainKey("recordCompletionDelegate");
        execute(job("RecordCompletion", instance));

        assertThat(calls.get("recordCompletionDelegate")).containsExactly(42L);
        assertThat(calls.get("reportCompletionDelegate")).containsExactly(42L);
        assertThat(instance).isEnded().hasPassedInOrder("CheckEligibility", "ActivateLearning",
                "RecordSelfPacedRegistration", "CourseCompleted", "RecordCompletion", "ReportCompletion");
        assertThat(instance).hasNotPassed("AskManager", "ClaimSeat", "TellApproved");
    }

    @Test
    void ineligibleRequestFailsTheStartAndLeavesNoTrace() {
        register("checkEligibilityDelegate", execution -> {
            throw new IllegalStateException("prerequisite missing");
        });

        assertThatThrownBy(() -> start(7L, true, true, false)).hasMessageContaining("prerequisite missing");

        // Nothing committed: the caller's transaction rolls the enrollment back with it.
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(historyService().createHistoricProcessInstanceQuery().count()).isZero();
        assertThat(managementService().createJobQuery().count()).isZero();
        assertThat(calls).doesNotContainKey("claimSeatDelegate");
    }

    @Test
    void failingCompletionRetriesThenRaisesIncidentWithoutLosingTheInstance() {
        AtomicInteger attempts = new AtomicInteger();
        register("recordCompletionDelegate", execution -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("ledger unavailable");
        });
        ProcessInstance instance = start(42L, false, false, false);
        correlate("CourseCompleted", "42");
        String jobId = job("RecordCompletion", instance).getId();

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> managementService().executeJob(jobId)).hasMessageContaining("ledger unavailable");
        }

        assertThat(attempts).hasValue(3);
        Incident incident = runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("RecordCompletion");
        assertThat(instance).isActive().isWaitingAtExactly("RecordCompletion");
        assertThat(calls).doesNotContainKey("reportCompletionDelegate");
    }

    // --- approvals ----------------------------------------------------------------------------------------

    @Test
    void managerApprovalOneStageLetsTheLearnerStart() {
        ProcessInstance instance = start(5L, false, true, false);

        assertThat(instance).isWaitingAtExactly("ManagerApproval");
        assertThat(task(instance)).hasCandidateUser("manager").hasCandidateUser("padmin");
        assertThat(calls.get("requestApprovalDelegate")).containsExactly(5L);
        assertThat(calls).doesNotContainKey("activateLearningDelegate");

        complete(task(instance), Map.of("approved", true));

        assertThat(instance).isWaitingAtExactly("CourseCompleted")
                .hasPassedInOrder("ManagerApproval", "TellApproved", "ActivateLearning", "RecordSelfPacedRegistration")
                .hasNotPassed("VendorApproval");
        assertThat(calls.get("approvalGrantedDelegate")).containsExactly(5L);
        assertThat(managementService().createJobQuery().timers().count()).as("approval timer removed").isZero();
    }

    @Test
    void twoStagesApprovedTakeASeat() {
        ProcessInstance instance = start(6L, true, true, true);
        complete(task(instance), Map.of("approved", true));

        assertThat(instance).isWaitingAtExactly("VendorApproval");
        assertThat(task(instance)).hasCandidateGroup("VENDOR_ADMIN");
        assertThat(calls.get("requestVendorApprovalDelegate")).containsExactly(6L);
        assertThat(calls).doesNotContainKey("claimSeatDelegate");

        complete(task(instance), Map.of("approved", true));

        assertThat(instance).isWaitingAtExactly("AttendSession", "ReminderDue")
                .hasPassedInOrder("ManagerApproval", "VendorApproval", "TellApproved", "ClaimSeat", "RecordSeatRegistration");
        assertThat(called()).containsSubsequence("approvalGrantedDelegate", "claimSeatDelegate", "recordRegistrationDelegate");
    }

    @Test
    void managerRejectionEndsTheRequest() {
        ProcessInstance instance = start(8L, true, true, true);

        complete(task(instance), Map.of("approved", false, "decisionNote", "not this quarter"));

        assertThat(instance).isEnded().hasPassed("RecordRejection", "RequestRejected")
                .hasNotPassed("AskVendor", "ClaimSeat");
        assertThat(calls.get("rejectRequestDelegate")).containsExactly(8L);
    }

    @Test
    void vendorRejectionEndsTheRequest() {
        ProcessInstance instance = start(9L, true, true, true);
        complete(task(instance), Map.of("approved", true));

        complete(task(instance), Map.of("approved", false));

        assertThat(instance).isEnded().hasPassed("VendorApproval", "RecordRejection", "RequestRejected")
                .hasNotPassed("ClaimSeat", "TellApproved");
    }

    @Test
    void unansweredManagerApprovalExpiresAfterTheTimeout() {
        ProcessInstance instance = start(10L, true, true, true);

        Job timer = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(7))));
        execute(timer);
        // The timer commits first; the expiry (status, learner told) is a retryable job of its own.
        assertThat(instance).isWaitingAtExactly("ExpireRequest");
        assertThat(calls).doesNotContainKey("expireRequestDelegate");
        execute(job("ExpireRequest", instance));

        assertThat(calls.get("expireRequestDelegate")).containsExactly(10L);
        assertThat(instance).isEnded().hasPassed("ManagerApprovalExpired", "RequestExpired").hasNotPassed("ClaimSeat");
        assertThat(taskService().createTaskQuery().count()).isZero();
    }

    @Test
    void unansweredVendorApprovalExpiresToo() {
        ProcessInstance instance = start(11L, true, true, true);
        complete(task(instance), Map.of("approved", true));

        execute(managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult());
        execute(job("ExpireRequest", instance));

        assertThat(instance).isEnded().hasPassed("VendorApprovalExpired", "RequestExpired");
    }

    // --- seats --------------------------------------------------------------------------------------------

    @Test
    void freeSeatIsTakenAndRegisteredInTheRequest() {
        ProcessInstance instance = start(12L, true, false, false);

        assertThat(instance).isWaitingAtExactly("AttendSession", "ReminderDue").hasNotPassed("SeatOffered", "AskManager");
        assertThat(called()).containsExactly("checkEligibilityDelegate", "claimSeatDelegate", "recordRegistrationDelegate");
        assertThat(timer(instance).getDuedate()).isEqualTo(REMINDER_AT);
    }

    @Test
    void waitlistedLearnerIsOfferedASeatAndAcceptsIt() {
        seatFree = false;
        ProcessInstance instance = start(13L, true, false, false);
        assertThat(instance).isWaitingAtExactly("SeatOffered");
        assertThat(calls).doesNotContainKey("recordRegistrationDelegate");

        Date offerExpiresAt = Date.from(NOW.plus(Duration.ofHours(48)));
        offerSeat("13", offerExpiresAt);

        assertThat(instance).isWaitingAtExactly("AcceptSeatOffer");
        assertThat(task(instance)).isAssignedTo("learner13").hasDueDate(offerExpiresAt);
        assertThat(timer(instance).getDuedate()).isEqualTo(offerExpiresAt);

        complete(task(instance));

        assertThat(instance).isWaitingAtExactly("AttendSession", "ReminderDue").hasPassedInOrder("SeatOffered", "AcceptSeatOffer",
                "RecordSeatRegistration");
        assertThat(calls.get("recordRegistrationDelegate")).containsExactly(13L);
        assertThat(calls).doesNotContainKey("expireOfferDelegate");
    }

    @Test
    void unacceptedOfferLapsesAndReleasesTheSeat() {
        seatFree = false;
        ProcessInstance instance = start(14L, true, false, false);
        offerSeat("14", Date.from(NOW.plus(Duration.ofHours(48))));

        execute(timer(instance));
        assertThat(instance).isWaitingAtExactly("ExpireOffer");
        execute(job("ExpireOffer", instance));

        assertThat(calls.get("expireOfferDelegate")).containsExactly(14L);
        assertThat(instance).isEnded().hasPassed("OfferExpired", "SeatOfferLapsed").hasNotPassed("RecordSeatRegistration");
        assertThat(taskService().createTaskQuery().count()).isZero();
    }

    // --- cancellation -------------------------------------------------------------------------------------

    @Test
    void cancellationWhilePendingApprovalEndsTheProcess() {
        ProcessInstance instance = start(15L, true, true, true);

        correlate("EnrollmentCancelled", "15");

        assertThat(instance).isEnded().hasPassed("EnrollmentCancelled", "ProcessCancelled").hasNotPassed("RecordRejection");
        assertThat(taskService().createTaskQuery().count()).isZero();
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void cancellationWhileWaitlistedEndsTheProcess() {
        seatFree = false;
        ProcessInstance instance = start(16L, true, false, false);

        correlate("EnrollmentCancelled", "16");

        assertThat(instance).isEnded().hasPassed("ProcessCancelled").hasNotPassed("AcceptSeatOffer");
        assertThat(runtimeService().createEventSubscriptionQuery().count()).isZero();
    }

    @Test
    void cancellationWhileOfferedEndsTheProcess() {
        seatFree = false;
        ProcessInstance instance = start(17L, true, false, false);
        offerSeat("17", Date.from(NOW.plus(Duration.ofHours(48))));

        correlate("EnrollmentCancelled", "17");

        assertThat(instance).isEnded().hasPassed("ProcessCancelled");
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void cancellationWhileSeatedEndsTheProcessAndItsTimers() {
        ProcessInstance instance = start(18L, true, false, false);

        correlate("EnrollmentCancelled", "18");

        assertThat(instance).isEnded().hasPassed("ProcessCancelled").hasNotPassed("SendReminder");
        assertThat(managementService().createJobQuery().count()).isZero();
        assertThat(calls).doesNotContainKey("recordNoShowDelegate");
    }

    @Test
    void cancellationOfSelfPacedLearningEndsTheProcess() {
        ProcessInstance instance = start(19L, false, false, false);

        correlate("EnrollmentCancelled", "19");

        assertThat(instance).isEnded().hasPassed("ProcessCancelled").hasNotPassed("RecordCompletion");
    }

    // --- rescheduling, attendance -------------------------------------------------------------------------

    @Test
    void rescheduleArmsTheTimersAgainWithTheNewSessionsDates() {
        Date newReminder = Date.from(Instant.parse("2027-01-10T09:00:00Z"));
        Date newSettle = Date.from(Instant.parse("2027-01-13T05:00:00Z"));
        register("refreshSessionDatesDelegate", execution -> {
            execution.setVariable("reminderAt", newReminder);
            execution.setVariable("settleAt", newSettle);
        });
        ProcessInstance instance = start(20L, true, false, false);
        assertThat(timer(instance).getDuedate()).isEqualTo(REMINDER_AT);

        correlate("EnrollmentRescheduled", "20");
        assertThat(instance).isWaitingAtExactly("RefreshDates");
        execute(job("RefreshDates", instance));

        assertThat(instance).isWaitingAtExactly("AttendSession", "ReminderDue");
        assertThat(timer(instance).getDuedate()).isEqualTo(newReminder);
        assertThat(calls.get("recordRegistrationDelegate")).as("the registration is kept").containsExactly(20L);

        execute(timer(instance));
        execute(job("SendReminder", instance));
        assertThat(timer(instance).getDuedate()).isEqualTo(newSettle);
    }

    @Test
    void rescheduleAfterTheReminderRemindsAgain() {
        ProcessInstance instance = start(21L, true, false, false);
        execute(timer(instance));
        execute(job("SendReminder", instance));
        assertThat(instance).isWaitingAtExactly("AttendSession", "SessionOver");

        correlate("EnrollmentRescheduled", "21");
        execute(job("RefreshDates", instance));

        assertThat(instance).isWaitingAtExactly("AttendSession", "ReminderDue");
        execute(timer(instance));
        execute(job("SendReminder", instance));
        assertThat(calls.get("sendReminderDelegate")).containsExactly(21L, 21L);
    }

    @Test
    void attendedSessionCompletesAndReportsCompletion() {
        ProcessInstance instance = start(22L, true, false, false);

        execute(timer(instance));
        assertThat(instance).isWaitingAtExactly("AttendSession", "SendReminder");
        execute(job("SendReminder", instance));
        assertThat(calls.get("sendReminderDelegate")).containsExactly(22L);
        assertThat(timer(instance).getDuedate()).isEqualTo(SETTLE_AT);
        execute(timer(instance));
        execute(job("SettleAttendance", instance));

        assertThat(instance).isEnded().hasPassedInOrder("RecordSeatRegistration", "SendReminder", "SettleAttendance",
                "RecordAttendance", "ReportCompletion").hasNotPassed("RecordNoShow");
        assertThat(calls.get("recordAttendanceDelegate")).containsExactly(22L);
        assertThat(calls.get("reportCompletionDelegate")).containsExactly(22L);
    }

    @Test
    void absentLearnerEndsAsNoShowWithoutReportingCompletion() {
        present = false;
        ProcessInstance instance = start(23L, true, false, false);

        execute(timer(instance));
        execute(job("SendReminder", instance));
        execute(timer(instance));
        execute(job("SettleAttendance", instance));

        assertThat(instance).isEnded().hasPassed("RecordNoShow", "NoShow").hasNotPassed("RecordAttendance", "ReportCompletion");
        assertThat(calls.get("recordNoShowDelegate")).containsExactly(23L);
        assertThat(calls).doesNotContainKey("reportCompletionDelegate");
    }

    // --- helpers ------------------------------------------------------------------------------------------

    /** Starts with the variables the application passes (EnrollmentProcess.start): transient ones included. */
    private static ProcessInstance start(long enrollmentId, boolean instructorLed, boolean managerApproval,
            boolean vendorApproval) {
        VariableMap variables = Variables.createVariables()
                .putValue("enrollmentId", enrollmentId)
                .putValueTyped("managerApproval", Variables.booleanValue(managerApproval, true))
                .putValueTyped("instructorLed", Variables.booleanValue(instructorLed, !managerApproval));
        if (managerApproval) {
            variables.putValueTyped("approvers", Variables.objectValue(List.of("manager", "padmin"), true).create());
            variables.putValue("vendorApproval", vendorApproval);
            variables.putValue("approvalTimeout", "P7D");
        }
        if (instructorLed) {
            variables.putValue("learner", "learner" + enrollmentId);
            variables.putValue("reminderAt", REMINDER_AT);
            variables.putValue("settleAt", SETTLE_AT);
        }
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, Long.toString(enrollmentId), variables);
    }

    private static void correlate(String message, String businessKey) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(businessKey).correlate();
    }

    private static void offerSeat(String businessKey, Date offerExpiresAt) {
        runtimeService().createMessageCorrelation("SeatOffered").processInstanceBusinessKey(businessKey)
                .setVariable("offerExpiresAt", offerExpiresAt).correlate();
    }

    private static Job timer(ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    }

    private void register(String name, Consumer<DelegateExecution> behaviour) {
        Mocks.register(name, (JavaDelegate) execution -> {
            behaviour.accept(execution);
            calls.computeIfAbsent(name, k -> new ArrayList<>())
                    .add(((Number) execution.getVariable("enrollmentId")).longValue());
        });
    }

    /** The delegates called so far, in call order. */
    private List<String> called() {
        return historyService().createHistoricActivityInstanceQuery().activityType("serviceTask")
                .orderPartiallyByOccurrence().asc().list().stream()
                .map(activity -> DELEGATE_OF.get(activity.getActivityId())).toList();
    }

    private static final Map<String, String> DELEGATE_OF = Map.ofEntries(
            Map.entry("CheckEligibility", "checkEligibilityDelegate"),
            Map.entry("AskManager", "requestApprovalDelegate"),
            Map.entry("AskVendor", "requestVendorApprovalDelegate"),
            Map.entry("TellApproved", "approvalGrantedDelegate"),
            Map.entry("RecordRejection", "rejectRequestDelegate"),
            Map.entry("ExpireRequest", "expireRequestDelegate"),
            Map.entry("ActivateLearning", "activateLearningDelegate"),
            Map.entry("RecordSelfPacedRegistration", "recordRegistrationDelegate"),
            Map.entry("RecordSeatRegistration", "recordRegistrationDelegate"),
            Map.entry("RecordCompletion", "recordCompletionDelegate"),
            Map.entry("ClaimSeat", "claimSeatDelegate"),
            Map.entry("ExpireOffer", "expireOfferDelegate"),
            Map.entry("SendReminder", "sendReminderDelegate"),
            Map.entry("SettleAttendance", "settleAttendanceDelegate"),
            Map.entry("RefreshDates", "refreshSessionDatesDelegate"),
            Map.entry("RecordAttendance", "recordAttendanceDelegate"),
            Map.entry("RecordNoShow", "recordNoShowDelegate"));
}
