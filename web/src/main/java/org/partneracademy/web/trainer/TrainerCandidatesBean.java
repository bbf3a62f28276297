package org.partneracademy.web.trainer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.trainer.CandidacyStatus;
import org.partneracademy.trainer.CandidacyView;
import org.partneracademy.trainer.DeliveryRecord;
import org.partneracademy.trainer.NominationDecision;
import org.partneracademy.trainer.TrainerCandidacies;
import org.partneracademy.web.shell.Messages;

/**
 * The vendor admin's overview of every trainer candidate: step, age on the step, the stalled filter, the
 * decision on nominations, and recording shadowed and co-delivered sessions.
 */
@Named
@ViewScoped
public class TrainerCandidatesBean implements Serializable {

    @Inject
    TrainerCandidacies candidacies;

    private List<CandidacyView> rows;
    private CandidacyStatus status;
    private boolean stalledOnly;
    private String reason;
    private Long sessionId;
    private String note;

    public List<CandidacyView> getRows() {
        if (rows == null) {
            rows = candidacies.list(status, null, null, stalledOnly);
        }
        return rows;
    }

    public void filter() {
        rows = null;
    }

    public CandidacyStatus[] getStatuses() {
        return CandidacyStatus.values();
    }

    public void accept(long candidacyId) {
        decide(candidacyId, true);
    }

    public void decline(long candidacyId) {
        decide(candidacyId, false);
    }

    private void decide(long candidacyId, boolean accepted) {
        var context = FacesContext.getCurrentInstance();
        try {
            candidacies.decide(candidacyId, new NominationDecision(accepted, reason));
            Messages.info(context, Messages.text(context, accepted ? "candidacy.accepted" : "candidacy.declined"));
            reason = null;
            rows = null;
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(context, invalid);
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
    }

    public void recordDelivery(CandidacyView candidacy) {
        var context = FacesContext.getCurrentInstance();
        try {
            var record = new DeliveryRecord(sessionId, note);
            if (candidacy.status() == CandidacyStatus.SHADOWING) {
                candidacies.recordShadowing(candidacy.id(), record);
            } else {
                candidacies.recordCoDelivery(candidacy.id(), record);
            }
            Messages.info(context, Messages.text(context, "candidacy.recorded"));
            sessionId = null;
            note = null;
            rows = null;
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(context, invalid);
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
    }

    public boolean recordsDelivery(CandidacyView candidacy) {
        return candidacy.status() == CandidacyStatus.SHADOWING || candidacy.status() == CandidacyStatus.CO_DELIVERY;
    }

    public CandidacyStatus getStatus() {
        return status;
    }

    public void setStatus(CandidacyStatus status) {
        this.status = status;
    }

    public boolean isStalledOnly() {
        return stalledOnly;
    }

    public void setStalledOnly(boolean stalledOnly) {
        this.stalledOnly = stalledOnly;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
