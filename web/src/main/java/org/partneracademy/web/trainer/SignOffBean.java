package org.partneracademy.web.trainer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.trainer.panel.ObservedDeliveries;
import org.partneracademy.trainer.panel.PanelViews.CandidateHistory;
import org.partneracademy.trainer.panel.PanelViews.InboxItem;
import org.partneracademy.trainer.panel.PanelViews.ObservedDeliveryView;
import org.partneracademy.trainer.panel.SignOffRequest;
import org.partneracademy.trainer.panel.SignOffs;
import org.partneracademy.web.shell.Messages;

/**
 * leader/signoff.xhtml?task=: the candidate's history and the rubric form (1..5 per criterion, comments,
 * where to retry from). The rules are the service's; a refusal is shown and nothing is saved.
 */
@Named
@ViewScoped
public class SignOffBean implements Serializable {

    @Inject
    SignOffs signOffs;

    @Inject
    ObservedDeliveries deliveries;

    private String task;
    private InboxItem item;
    private ObservedDeliveryView delivery;
    private CandidateHistory history;
    /** Score per criterion id, in rubric order. */
    private final Map<Long, Integer> scores = new LinkedHashMap<>();
    private String comments;
    private String retryFrom;

    /** f:viewAction: the task must be one of the caller's open tasks. */
    public void load() {
        var context = FacesContext.getCurrentInstance();
        try {
            item = signOffs.task(task);
            delivery = deliveries.observedDelivery(item.observedDeliveryId());
            history = deliveries.history(item.candidacyId());
            delivery.criteria().forEach(c -> scores.putIfAbsent(c.id(), null));
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
    }

    public String signOff() {
        var context = FacesContext.getCurrentInstance();
        try {
            var request = new SignOffRequest(scores.entrySet().stream()
                    .map(e -> new SignOffRequest.ScoreInput(e.getKey(), e.getValue())).toList(), comments,
                    retryFrom == null || retryFrom.isBlank() ? null : retryFrom);
            var signoff = signOffs.signOff(task, request);
            Messages.info(context, Messages.format(context, "panel.signoff.done", item.candidate(), signoff.totalPercent()));
            context.getExternalContext().getFlash().setKeepMessages(true);
            return "/leader/decisions?faces-redirect=true";
        } catch (DomainException refused) {
            Messages.refused(context, refused);
            return null;
        }
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5);
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public InboxItem getItem() {
        return item;
    }

    public ObservedDeliveryView getDelivery() {
        return delivery;
    }

    public CandidateHistory getHistory() {
        return history;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public String getRetryFrom() {
        return retryFrom;
    }

    public void setRetryFrom(String retryFrom) {
        this.retryFrom = retryFrom;
    }
}
