package org.partneracademy.web.review;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.reporting.DisputeStatus;
import org.partneracademy.reporting.review.AdjustmentRequest;
import org.partneracademy.reporting.review.RejectionRequest;
import org.partneracademy.reporting.review.ReviewViews.Dispute;
import org.partneracademy.reporting.review.StatementDisputes;
import org.partneracademy.web.shell.Messages;

/** finance/disputes.xhtml: the open disputes, each answered with an adjustment or a rejection. */
@Named
@ViewScoped
public class DisputeDeskBean implements Serializable {

    @Inject
    StatementDisputes disputes;

    private List<Dispute> open;
    /** What finance typed in each row, by dispute id. */
    private final Map<Long, String> amounts = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void load() {
        open = disputes.list(DisputeStatus.OPEN);
    }

    public void adjust(Dispute dispute) {
        answer(dispute, () -> disputes.adjust(dispute.id(), new AdjustmentRequest(blankToNull(amounts.get(dispute.id())),
                notes.get(dispute.id()))), "disputes.adjusted");
    }

    public void reject(Dispute dispute) {
        answer(dispute, () -> disputes.reject(dispute.id(), new RejectionRequest(notes.get(dispute.id()))),
                "disputes.rejected");
    }

    private void answer(Dispute dispute, Runnable action, String doneKey) {
        var context = FacesContext.getCurrentInstance();
        try {
            action.run();
            Messages.info(context, Messages.format(context, doneKey, dispute.id(), dispute.partnerName()));
            amounts.remove(dispute.id());
            notes.remove(dispute.id());
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(context, invalid);
            return;
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
        load();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<Dispute> getOpen() {
        return open;
    }

    public Map<Long, String> getAmounts() {
        return amounts;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
