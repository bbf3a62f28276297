package org.partneracademy.web.enrollment;

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
import org.partneracademy.enrollment.ApprovalDecision;
import org.partneracademy.enrollment.ApprovalRow;
import org.partneracademy.enrollment.ApprovalRows;
import org.partneracademy.enrollment.workflow.ApprovalInbox;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/** The approvals inbox: requests waiting for the signed-in admin's decision, approved or rejected with a note. */
@Named
@ViewScoped
public class ApprovalsBean implements Serializable {

    @Inject
    ApprovalInbox inbox;

    @Inject
    ApprovalRows rows;

    private List<ApprovalRow> approvals;
    /** The note typed in each row, by enrollment id. */
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void load() {
        approvals = rows.of(inbox.pending());
    }

    public void approve(ApprovalRow row) {
        decide(row, ApprovalDecision.Decision.APPROVE, "approvals.approved");
    }

    public void reject(ApprovalRow row) {
        decide(row, ApprovalDecision.Decision.REJECT, "approvals.rejected");
    }

    private void decide(ApprovalRow row, ApprovalDecision.Decision decision, String doneKey) {
        var facesContext = FacesContext.getCurrentInstance();
        String note = notes.get(row.enrollmentId());
        try {
            inbox.decide(row.enrollmentId(), new ApprovalDecision(decision, note == null || note.isBlank() ? null : note.strip()));
            Messages.info(facesContext, Messages.format(facesContext, doneKey, row.approval().learnerName(),
                    row.approval().courseTitle()));
            notes.remove(row.enrollmentId());
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
            return;
        } catch (DomainException refused) {
            // Expired or decided by someone else meanwhile: say so, and show the inbox as it is now.
            Messages.refused(facesContext, refused);
        }
        load();
    }

    public List<ApprovalRow> getApprovals() {
        return approvals;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
