package org.partneracademy.web.session;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.session.SessionChoice;
import org.partneracademy.session.SessionSearch;
import org.partneracademy.session.SessionService;
import org.partneracademy.session.SessionStatus;
import org.partneracademy.session.SessionView;
import org.partneracademy.web.shell.DatabasePagedModel;
import org.partneracademy.web.shell.Messages;

/** The vendor admin's sessions: a database-paged list with filters, and the new-session dialog. */
@Named
@ViewScoped
public class SessionsBean implements Serializable {

    @Inject
    SessionService sessionService;

    private String courseCode;
    private LocalDate from;
    private LocalDate to;
    private SessionStatus status;
    private boolean belowMinimumOnly;

    private SessionForm form = new SessionForm();
    private List<SessionChoice> offerings = List.of();
    private List<SessionChoice> partners = List.of();
    private List<SessionChoice> trainers = List.of();
    private List<SessionChoice> coTrainers = List.of();

    private final DatabasePagedModel<SessionView> sessions = new DatabasePagedModel<>() {
        @Override
        protected Page<SessionView> fetch(PageRequest page, String sortField, boolean descending) {
            try {
                return sessionService.list(search(), page);
            } catch (ConstraintViolationException invalid) {
                return Page.of(List.of(), 0, page);
            }
        }

        @Override
        protected String keyOf(SessionView session) {
            return String.valueOf(session.id());
        }
    };

    @PostConstruct
    void load() {
        offerings = sessionService.offeringChoices();
        partners = sessionService.partnerChoices();
        reloadTrainers();
    }

    private SessionSearch search() {
        return new SessionSearch(courseCode == null || courseCode.isBlank() ? null : courseCode.strip(), from, to, status,
                belowMinimumOnly);
    }

    public void clear() {
        courseCode = null;
        from = null;
        to = null;
        status = null;
        belowMinimumOnly = false;
    }

    /** The delivering partner changed: only its trainers may teach. */
    public void reloadTrainers() {
        trainers = sessionService.trainerChoices(form.partnerIdOrNull(), form.getOfferingId());
        form.getInstructorIds().retainAll(trainers.stream().map(SessionChoice::id).toList());
        coTrainers = sessionService.coInstructorChoices(form.getOfferingId());
        form.getCoInstructorIds().retainAll(coTrainers.stream().map(SessionChoice::id).toList());
    }

    public String create() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var created = sessionService.create(form.toInput());
            facesContext.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(facesContext, Messages.format(facesContext, "sessions.created", created.courseCode(), created.dateRange()));
            return "/admin/session.xhtml?faces-redirect=true&id=" + created.id();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
        facesContext.validationFailed();
        return null;
    }

    public void newSession() {
        form = new SessionForm();
        reloadTrainers();
    }

    public DatabasePagedModel<SessionView> getSessions() {
        return sessions;
    }

    public SessionStatus[] getStatuses() {
        return SessionStatus.values();
    }

    public SessionForm getForm() {
        return form;
    }

    public List<SessionChoice> getOfferings() {
        return offerings;
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

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public void setStatus(SessionStatus status) {
        this.status = status;
    }

    public boolean isBelowMinimumOnly() {
        return belowMinimumOnly;
    }

    public void setBelowMinimumOnly(boolean belowMinimumOnly) {
        this.belowMinimumOnly = belowMinimumOnly;
    }
}
