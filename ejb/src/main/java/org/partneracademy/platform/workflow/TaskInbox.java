package org.partneracademy.platform.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * The open human tasks of the signed-in user: those assigned to them, offered to them by name
 * (candidate users, e.g. enrollment approvals) and offered to one of their roles (candidate groups). Training leaders' sign-offs arrive here.
 */
@Stateless
@RolesAllowed({Role.Names.TRAINING_LEADER, Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
public class TaskInbox {

    @Inject
    TaskService taskService;

    @Inject
    CurrentUser currentUser;

    public List<WorkItem> myOpenTasks() {
        var roles = Arrays.stream(Role.values()).filter(currentUser::hasRole).map(Role::name).toList();
        return taskService.createTaskQuery()
                .or().taskAssignee(currentUser.username()).taskCandidateUser(currentUser.username())
                .taskCandidateGroupIn(roles).endOr()
                .active()
                .orderByTaskCreateTime().asc()
                .list().stream().map(TaskInbox::toWorkItem).toList();
    }

    private static WorkItem toWorkItem(Task task) {
        return new WorkItem(task.getId(), task.getName(), task.getProcessDefinitionId(),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }
}
