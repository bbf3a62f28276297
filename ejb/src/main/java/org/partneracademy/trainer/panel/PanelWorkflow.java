package org.partneracademy.trainer.panel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the panel services need of the trainer-panel process (implemented in {@code workflow}). */
public interface PanelWorkflow {

    /** @return the process instance id */
    String start(long observedDeliveryId, List<String> panel, Instant dueAt);

    Optional<PanelTask> task(String taskId);

    List<PanelTask> openTasksOf(String username);

    List<PanelTask> openTasksOf(long observedDeliveryId);

    void completeSignOff(String taskId);

    void completeOverdue(String taskId, boolean extend, int extendByDays);
}
