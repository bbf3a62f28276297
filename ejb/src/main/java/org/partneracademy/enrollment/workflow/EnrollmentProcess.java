package org.partneracademy.enrollment.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.partneracademy.enrollment.RegistrationLedger;
import org.partneracademy.platform.error.ConflictException;

/**
 * Starts and advances the {@code enrollment} process. The business key is the enrollment id, so the
 * process and the enrollment row can always be found from each other. Services call it after they did
 * the domain work; it only tells the process what happened.
 */
@ApplicationScoped
public class EnrollmentProcess {

    static final String PROCESS_KEY = "enrollment";
    static final String COURSE_COMPLETED = "CourseCompleted";
    static final String SEAT_OFFERED = "SeatOffered";
    static final String RESCHEDULED = "EnrollmentRescheduled";
    static final String CANCELLED = "EnrollmentCancelled";
    static final String ENROLLMENT_ID = "enrollmentId";
    static final String ACCEPT_SEAT_OFFER = "AcceptSeatOffer";
    private static final Logger LOG = Logger.getLogger(EnrollmentProcess.class.getName());

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    RepositoryService repositoryService;

    private volatile String definitionId;

    @Inject
    RegistrationLedger ledger;

    /**
     * Starts the process in the caller's transaction; it runs eligibility and the seat claim (or creates
     * the approval task) before returning, so a refusal rolls the whole request back.
     *
     * <p>Only what a step after a wait state reads is stored (each stored variable is a runtime and a
     * history row): the enrollment id always, the later approval stage and its timeout while approval
     * is pending, the learner and the session dates for a session. What is decided before the first wait
     * state (approval needed? the approvers of the task created then; instructor-led? when no approval
     * wait comes first) is passed as transient variables, which the engine keeps for this transaction
     * only. A self-paced enrollment without approval thus stores one variable.
     */
    public void start(ProcessStart start) {
        boolean approval = start.managerApproval();
        VariableMap variables = Variables.createVariables()
                .putValue(ENROLLMENT_ID, start.enrollmentId())
                .putValueTyped("managerApproval", Variables.booleanValue(approval, true))
                .putValueTyped("instructorLed", Variables.booleanValue(start.instructorLed(), !approval));
        if (approval) {
            variables.putValueTyped("approvers", Variables.objectValue(List.copyOf(start.approvers()), true).create());
            variables.putValue("vendorApproval", start.vendorApproval());
            variables.putValue("approvalTimeout", start.approvalTimeout().toString());
        }
        if (start.instructorLed()) {
            variables.putValue("learner", start.learner());
            variables.putValue("reminderAt", date(start.reminderAt()));
            variables.putValue("settleAt", date(start.settleAt()));
        }
        runtimeService.startProcessInstanceById(definitionId(), String.valueOf(start.enrollmentId()), variables);
    }

    /**
     * The latest enrollment model, looked up once. This application deployed it at start-up, and a newer
     * version only comes with a new deployment of the application (and so a new instance of this bean).
     * Starting by id spares the engine its "latest version of the key" query on every start.
     */
    private String definitionId() {
        String id = definitionId;
        if (id == null) {
            id = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion()
                    .singleResult().getId();
            definitionId = id;
        }
        return id;
    }

    /**
     * Tells the enrollment's process that the course is completed. An enrollment that no process is
     * waiting for (history loaded from another system, demo data) has its completion recorded in the
     * ledger directly, as the process would have: finishing such an enrollment must not fail.
     */
    public void courseCompleted(long enrollmentId, String actor) {
        if (isWaitingFor(enrollmentId, COURSE_COMPLETED)) {
            runtimeService.createMessageCorrelation(COURSE_COMPLETED)
                    .processInstanceBusinessKey(String.valueOf(enrollmentId))
                    .correlateWithResult();
        } else {
            ledger.recordCompletion(enrollmentId, actor);
        }
    }

    /** A seat was offered to this waitlisted enrollment until {@code offeredUntil}: the learner may accept. */
    public void seatOffered(long enrollmentId, Instant offeredUntil) {
        var result = runtimeService.createMessageCorrelation(SEAT_OFFERED)
                .processInstanceBusinessKey(String.valueOf(enrollmentId))
                .setVariable("offerExpiresAt", date(offeredUntil))
                .correlateAllWithResult();
        if (result.isEmpty()) {
            // Enrollments from before the process had seats; the offer then simply lapses in the seat table.
            LOG.warning(() -> "No process waits for a seat offer to enrollment " + enrollmentId);
        }
    }

    /** The learner accepted the offered seat: the process records the registration. */
    public void offerAccepted(long enrollmentId) {
        var task = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(enrollmentId))
                .taskDefinitionKey(ACCEPT_SEAT_OFFER).singleResult();
        if (task == null) {
            throw new ConflictException("Enrollment " + enrollmentId + " has no seat offer waiting for an answer");
        }
        taskService.complete(task.getId());
    }

    /** The enrollment moved to another session: the process re-arms its reminder and settlement timers. */
    public void rescheduled(long enrollmentId) {
        runtimeService.createMessageCorrelation(RESCHEDULED)
                .processInstanceBusinessKey(String.valueOf(enrollmentId))
                .correlateAllWithResult();
    }

    /** The enrollment was cancelled (its domain work is done): the process ends wherever it waits. */
    public void cancelled(long enrollmentId) {
        runtimeService.createMessageCorrelation(CANCELLED)
                .processInstanceBusinessKey(String.valueOf(enrollmentId))
                .correlateAllWithResult();
    }

    private boolean isWaitingFor(long enrollmentId, String message) {
        return runtimeService.createExecutionQuery()
                .processInstanceBusinessKey(String.valueOf(enrollmentId))
                .messageEventSubscriptionName(message)
                .count() > 0;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
