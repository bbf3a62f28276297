package org.partneracademy.web.leader;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.platform.workflow.TaskInbox;
import org.partneracademy.platform.workflow.WorkItem;

@Named
@ViewScoped
public class InboxBean implements Serializable {

    @Inject
    TaskInbox taskInbox;

    private List<WorkItem> tasks;

    @PostConstruct
    void load() {
        tasks = taskInbox.myOpenTasks();
    }

    public List<WorkItem> getTasks() {
        return tasks;
    }
}
