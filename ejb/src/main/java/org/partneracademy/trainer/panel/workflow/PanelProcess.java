package org.partneracademy.trainer.panel.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.trainer.panel.PanelSettings;
import org.partneracademy.trainer.panel.PanelTask;
import org.partneracademy.trainer.panel.PanelWorkflow;

/**
 * Starts the {@code trainer-panel} process (business key = observed delivery id) and reads and completes
 * its tasks. The panel list is transient: only the multi-instance reads it, in the starting transaction.
 */
@ApplicationScoped
public class PanelProcess implements PanelWorkflow {

    static final String PROCESS_KEY = "trainer-panel";
    static final String SIGN_OFF = "signOff";
    static final String OVERDUE = "panelOverdue";

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    PanelSettings settings;

    @Override
    public String start(long observedDeliveryId, List<String> panel, Instant dueAt) {
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(observedDeliveryId),
                Variables.createVariables().putValue(ProcessVariables.OBSERVED_DELIVERY_ID, observedDeliveryId)
                        .putValue("headOfTraining", settings.headOfTraining())
                        .putValue("dueAt", Date.from(dueAt))
                        .putValueTyped("panel", ProcessVariables.panel(panel))).getId();
    }

    @Override
    public Optional<PanelTask> task(String taskId) {
        return Optional.ofNullable(query().taskId(taskId).singleResult()).map(this::view);
    }

    @Override
    public List<PanelTask> openTasksOf(String username) {
        return query().taskAssignee(username).orderByTaskCreateTime().asc().list().stream().map(this::view).toList();
    }

    @Override
    public List<PanelTask> openTasksOf(long observedDeliveryId) {
        return query().processInstanceBusinessKey(String.valueOf(observedDeliveryId)).list().stream().map(this::view).toList();
    }

    @Override
    public void completeSignOff(String taskId) {
        complete(taskId, Map.of());
    }

    @Override
    public void completeOverdue(String taskId, boolean extend, int extendByDays) {
        complete(taskId, Map.of("extend", extend, "extendByDays", extendByDays));
    }

    /** Two requests completing one task: the engine's optimistic lock lets one through, the other gets a 409. */
    private void complete(String taskId, Map<String, Object> variables) {
        try {
            taskService.complete(taskId, variables);
        } catch (OptimisticLockingException e) {
            throw new ConflictException("The task " + taskId + " was completed at the same moment by another request");
        } catch (ProcessEngineException e) {
            if (e.getMessage() != null && e.getMessage().contains("Cannot find task")) {
                throw new ConflictException("The task " + taskId + " is done already");
            }
            throw e;
        }
    }

    private org.camunda.bpm.engine.task.TaskQuery query() {
        return taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY).active();
    }

    private PanelTask view(Task task) {
        var instance = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult();
        long deliveryId = Long.parseLong(instance.getBusinessKey());
        var kind = OVERDUE.equals(task.getTaskDefinitionKey()) ? PanelTask.Kind.OVERDUE : PanelTask.Kind.SIGN_OFF;
        return new PanelTask(task.getId(), kind, deliveryId, task.getAssignee(), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }
}
