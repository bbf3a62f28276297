package org.partneracademy.web.session;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.session.PartnerAllocation;
import org.partneracademy.session.RosterEntry;
import org.partneracademy.session.SessionAllocations;
import org.partneracademy.session.SessionCancellation;
import org.partneracademy.session.SessionChoice;
import org.partneracademy.session.SessionService;
import org.partneracademy.session.SessionView;
import org.partneracademy.web.shell.Messages;

/** One session (admin/session.xhtml?id=): change it, its quotas and reservations, see roster and waitlist, cancel it. */
@Named
@ViewScoped
public class SessionEditBean implements Serializable {

    /** One partner's allocation as the table edits it. */
    public static class AllocationRow implements Serializable {
        private Long partnerId;
        private Integer quota;
        private Integer reserved = 0;

        public Long getPartnerId() {
            return partnerId;
        }

        public void setPartnerId(Long partnerId) {
            this.partnerId = partnerId;
        }

        public Integer getQuota() {
            return quota;
        }

        public void setQuota(Integer quota) {
            this.quota = quota;
        }

        public Integer getReserved() {
            return reserved;
        }

        public void setReserved(Integer reserved) {
            this.reserved = reserved;
        }
    }

    @Inject
    SessionService sessionService;

    private Long id;
    private SessionView session;
    private SessionForm form;
    private List<AllocationRow> allocations = new ArrayList<>();
    private List<RosterEntry> roster = List.of();
    private List<RosterEntry> waitlist = List.of();
    private List<SessionChoice> partners = List.of();
    private List<SessionChoice> trainers = List.of();
    private List<SessionChoice> coTrainers = List.of();
    private String cancelReason;

    /** Reads the session named by the id parameter; an unknown or foreign id shows "not found". */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            session = sessionService.session(id);
        } catch (NotFoundException missing) {
            session = null;
            Messages.refused(FacesContext.getCurrentInstance(), missing);
            return;
        }
        form = SessionForm.of(session);
        allocations = new ArrayList<>(session.allocations().stream().map(a -> {
            var row = new AllocationRow();
            row.partnerId = a.partnerId();
            row.quota = a.quota();
            row.reserved = a.reserved();
            return row;
        }).toList());
        roster = sessionService.roster(id);
        waitlist = sessionService.waitlist(id);
        partners = sessionService.partnerChoices();
        reloadTrainers();
    }

    public void reloadTrainers() {
        trainers = sessionService.trainerChoices(form.partnerIdOrNull(), form.getOfferingId());
        form.getInstructorIds().retainAll(trainers.stream().map(SessionChoice::id).toList());
        coTrainers = sessionService.coInstructorChoices(form.getOfferingId());
        form.getCoInstructorIds().retainAll(coTrainers.stream().map(SessionChoice::id).toList());
    }

    public void save() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            sessionService.edit(id, form.toInput());
            Messages.info(facesContext, Messages.text(facesContext, "sessions.saved"));
            load();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
            facesContext.validationFailed();
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
            facesContext.validationFailed();
        }
    }

    public void saveAllocations() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            sessionService.allocate(id, new SessionAllocations(allocations.stream()
                    .map(r -> new PartnerAllocation(r.partnerId, r.quota, r.reserved == null ? 0 : r.reserved)).toList()));
            Messages.info(facesContext, Messages.text(facesContext, "sessions.allocationsSaved"));
            load();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public void addAllocation() {
        allocations.add(new AllocationRow());
    }

    public void removeAllocation(AllocationRow row) {
        allocations.remove(row);
    }

    public void cancel() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            sessionService.cancel(id, new SessionCancellation(cancelReason));
            Messages.info(facesContext, Messages.text(facesContext, "sessions.cancelled"));
            cancelReason = null;
            load();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SessionView getSession() {
        return session;
    }

    public SessionForm getForm() {
        return form;
    }

    public List<AllocationRow> getAllocations() {
        return allocations;
    }

    public List<RosterEntry> getRoster() {
        return roster;
    }

    public List<RosterEntry> getWaitlist() {
        return waitlist;
    }

    public List<SessionChoice> getPartners() {
        return partners;
    }

    public List<SessionChoice> getTrainers() {
        return trainers;
    }

    /** Who may co-deliver: authorised trainers and candidates shadowing or co-delivering the course. */
    public List<SessionChoice> getCoTrainers() {
        return coTrainers;
    }

    public Long getVendor() {
        return SessionForm.VENDOR;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
