package org.partneracademy.enrollment.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.partneracademy.enrollment.ApprovalDecision;
import org.partneracademy.enrollment.ApprovalRequests;
import org.partneracademy.enrollment.ApprovalView;
import org.partneracademy.enrollment.EnrollmentSettings;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * The approval inbox: the enrollment requests waiting for the caller's decision. A manager-stage task
 * is offered to the learner's manager and the partner admins who administer the learner (candidate
 * users computed when the request was made), so a partner admin only ever sees requests of their
 * scope; a vendor-stage task to every vendor admin (candidate group VENDOR_ADMIN). Deciding a request
 * that is not in the caller's inbox is "not found", or a conflict saying why if the caller could have
 * decided it (it expired, was decided or cancelled).
 */
@Stateless
@RolesAllowed({Role.Names.LEARNER, Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
public class ApprovalInbox {

    static final List<String> APPROVAL_TASKS = List.of("ManagerApproval", "VendorApproval");

    @Inject
    TaskService taskService;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApprovalRequests requests;

    @Inject
    EnrollmentSettings settings;

    public List<ApprovalView> pending() {
        var tasks = myTasks().orderByTaskCreateTime().asc().list().stream()
                .map(this::pendingTask).toList();
        return requests.views(tasks);
    }

    /** How many requests wait for the caller's decision (a count, for the menu). */
    public long waiting() {
        return myTasks().count();
    }

    /** Approves or rejects; the process goes on in this transaction (seat claim, notifications). */
    public void decide(long enrollmentId, @NotNull @Valid ApprovalDecision decision) {
        var task = myTasks().processInstanceBusinessKey(String.valueOf(enrollmentId)).list().stream().findFirst()
                .orElseThrow(() -> requests.noLongerPending(enrollmentId, currentUser.username(), isVendorAdmin()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("approved", decision.decision() == ApprovalDecision.Decision.APPROVE);
        variables.put("decisionNote", decision.note());
        try {
            taskService.complete(task.getId(), variables);
        } catch (ProcessEngineException e) {
            // Another approver (or the expiry timer) finished the task at the same moment.
            if (e.getClass().getSimpleName().contains("OptimisticLocking") || e.getMessage() != null
                    && e.getMessage().contains("Cannot find task")) {
                throw new ConflictException("The request of enrollment " + enrollmentId + " was decided meanwhile");
            }
            throw e;
        }
    }

    private TaskQuery myTasks() {
        var query = taskService.createTaskQuery().processDefinitionKey(EnrollmentProcess.PROCESS_KEY)
                .taskDefinitionKeyIn(APPROVAL_TASKS.toArray(String[]::new)).active();
        if (isVendorAdmin()) {
            return query.or().taskCandidateUser(currentUser.username()).taskCandidateGroup(Role.VENDOR_ADMIN.name())
                    .endOr();
        }
        return query.taskCandidateUser(currentUser.username());
    }

    private ApprovalRequests.PendingTask pendingTask(Task task) {
        var created = task.getCreateTime().toInstant();
        return new ApprovalRequests.PendingTask(Long.parseLong(businessKeyOf(task)),
                task.getTaskDefinitionKey().equals("VendorApproval") ? "VENDOR" : "MANAGER", created,
                created.plus(settings.approvalTimeout()));
    }

    private String businessKeyOf(Task task) {
        return task.getProcessInstanceId() == null ? "0"
                : taskService.getVariable(task.getId(), EnrollmentProcess.ENROLLMENT_ID).toString();
    }

    private boolean isVendorAdmin() {
        return currentUser.hasRole(Role.VENDOR_ADMIN);
    }
}
