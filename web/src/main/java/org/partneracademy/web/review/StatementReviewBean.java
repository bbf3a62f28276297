package org.partneracademy.web.review;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import org.partneracademy.platform.error.DomainException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.reporting.review.DisputeRequest;
import org.partneracademy.reporting.review.ReviewViews.StatementReview;
import org.partneracademy.reporting.review.StatementReviews;
import org.partneracademy.web.shell.Messages;

/** partner/statement.xhtml?id=: one statement of the admin's partner, confirmed or a line disputed here. */
@Named
@ViewScoped
public class StatementReviewBean implements Serializable {

    @Inject
    StatementReviews reviews;

    private Long id;
    private StatementReview statement;
    private Long disputedLineId;
    private String comment;

    public void load() {
        statement = null;
        if (id == null) {
            return;
        }
        try {
            statement = reviews.review(id);
        } catch (NotFoundException e) {
            statement = null;
        }
    }

    public void confirm() {
        var context = FacesContext.getCurrentInstance();
        try {
            statement = reviews.confirm(id);
            Messages.info(context, Messages.format(context, "statement.confirmed", statement.statementNumber()));
        } catch (DomainException refused) {
            Messages.refused(context, refused);
            load();
        }
    }

    public void dispute() {
        var context = FacesContext.getCurrentInstance();
        try {
            reviews.dispute(id, new DisputeRequest(disputedLineId, comment));
            Messages.info(context, Messages.text(context, "statement.disputed"));
            comment = null;
            disputedLineId = null;
        } catch (ConstraintViolationException invalid) {
            Messages.invalid(context, invalid);
            return;
        } catch (DomainException refused) {
            Messages.refused(context, refused);
        }
        load();
    }

    public boolean isOpenForReview() {
        return statement != null && statement.canReview() && "ISSUED".equals(statement.status());
    }

    public boolean isDisputable() {
        return statement != null && statement.canReview();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public StatementReview getStatement() {
        return statement;
    }

    public Long getDisputedLineId() {
        return disputedLineId;
    }

    public void setDisputedLineId(Long disputedLineId) {
        this.disputedLineId = disputedLineId;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
