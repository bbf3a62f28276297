package org.partneracademy.web.trainer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.trainer.panel.OverdueDecision;
import org.partneracademy.trainer.panel.PanelViews.InboxItem;
import org.partneracademy.trainer.panel.SignOffs;
import org.partneracademy.web.shell.Messages;

/** leader/signoffs.xhtml: the leader's open panel tasks with SLA age and due date; the head of training's overdue panels. */
@Named
@ViewScoped
public class SignOffInboxBean implements Serializable {

    @Inject
    SignOffs signOffs;

    private List<InboxItem> tasks;
    /** Days to extend an overdue panel by, per task id. */
    private final Map<String, Object> extendBy = new HashMap<>();

    @PostConstruct
    void load() {
        tasks = signOffs.inbox();
    }

    public void decide(InboxItem item) {
        overdue(item, new OverdueDecision(false, null), "panel.inbox.decided");
    }

    public void extend(InboxItem item) {
        Object days = extendBy.get(item.taskId());
        Integer extendByDays = days instanceof Number n ? Integer.valueOf(n.intValue())
                : days == null || days.toString().isBlank() ? null : Integer.valueOf(days.toString().strip());
        overdue(item, new OverdueDecision(true, extendByDays), "panel.inbox.extended");
    }

    private void overdue(InboxItem item, OverdueDecision decision, String doneKey) {
        var context = FacesContext.getCurrentInstance();
        try {
            signOffs.decideOverdue(item.taskId(), decision);
            Messages.info(context, Messages.format(context, doneKey, item.candidate()));
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
        load();
    }

    public List<InboxItem> getTasks() {
        return tasks;
    }

    public Map<String, Object> getExtendBy() {
        return extendBy;
    }
}
