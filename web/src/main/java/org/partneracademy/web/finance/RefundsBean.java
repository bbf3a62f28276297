package org.partneracademy.web.finance;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.partneracademy.enrollment.RefundRequest;
import org.partneracademy.enrollment.RefundService;
import org.partneracademy.enrollment.RegistrationQueries;
import org.partneracademy.enrollment.RegistrationRow;
import org.partneracademy.enrollment.RegistrationView;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.web.shell.Messages;

/**
 * Finance's refunds page: find a registration by its id or its learner, read its ledger, record a refund.
 * Each refund form carries its own idempotency key, made when a registration is opened and renewed after
 * a refund is recorded, so a double click or a resubmitted form records one refund, not two.
 */
@Named
@ViewScoped
public class RefundsBean implements Serializable {

    @Inject
    RegistrationQueries registrations;

    @Inject
    RefundService refunds;

    private String search;
    private List<RegistrationRow> found = List.of();
    private boolean searched;
    private RegistrationView registration;
    private BigDecimal amount;
    private String reason;
    private String refundKey;

    /** A number opens that registration; any other text lists the registrations of matching learners. */
    public void find() {
        var facesContext = FacesContext.getCurrentInstance();
        registration = null;
        found = List.of();
        searched = true;
        String text = search == null ? "" : search.strip();
        try {
            if (text.matches("\\d{1,18}")) {
                open(Long.parseLong(text));
            } else {
                found = registrations.byLearner(text);
            }
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public void open(long registrationId) {
        registration = registrations.registration(registrationId);
        amount = null;
        reason = null;
        refundKey = UUID.randomUUID().toString();
    }

    public void refund() {
        var facesContext = FacesContext.getCurrentInstance();
        try {
            var outcome = refunds.refund(registration.id(), new RefundRequest(amount, null, reason), refundKey);
            registration = outcome.registration();
            Messages.info(facesContext, Messages.format(facesContext, outcome.recorded() ? "refunds.recorded"
                    : "refunds.repeated", amount.toPlainString(), registration.currency(),
                    // As a string: a number argument would be formatted with grouping ("1,234").
                    String.valueOf(registration.id())));
            amount = null;
            reason = null;
            refundKey = UUID.randomUUID().toString();
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(facesContext, invalid);
        } catch (DomainException refused) {
            Messages.refused(facesContext, refused);
        }
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<RegistrationRow> getFound() {
        return found;
    }

    public boolean isSearched() {
        return searched;
    }

    public RegistrationView getRegistration() {
        return registration;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
