package org.partneracademy.reporting.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.reporting.PartnerStatement;
import org.partneracademy.reporting.PartnerStatementLine;
import org.partneracademy.reporting.StatementDispute;
import org.partneracademy.reporting.StatementStatus;
import org.partneracademy.reporting.review.ReviewViews.Dispute;
import org.partneracademy.reporting.review.ReviewViews.StatementReview;
import org.partneracademy.reporting.review.ReviewViews.Verification;

/**
 * The partner admin's review of their partner's statement: read it, confirm it (locked, numbered,
 * hashed) or dispute a line with a comment, while it waits for them. Both take the statement's row lock
 * first, so a confirmation racing a dispute runs second and is refused (409) with nothing changed. Anyone
 * who may see a locked statement may have its hash recomputed.
 */
@Stateless
@RolesAllowed(Role.Names.PARTNER_ADMIN)
public class StatementReviews {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    StatementAccess access;

    @Inject
    ReviewReader reader;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    ReviewNotices notices;

    @Inject
    CurrentUser currentUser;

    @Inject
    AcademyClock clock;

    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.FINANCE, Role.Names.VENDOR_ADMIN})
    public StatementReview review(long statementId) {
        var statement = access.visible(statementId);
        return reader.review(statement, currentUser.hasRole(Role.PARTNER_ADMIN)
                && statement.getStatus() != StatementStatus.LOCKED);
    }

    public StatementReview confirm(long statementId) {
        var statement = access.ownLocked(statementId);
        requireNotLocked(statement);
        if (statement.getStatus() == StatementStatus.DISPUTED) {
            throw new ConflictException("Statement " + statementId + " is disputed and waits for finance's answer; "
                    + "it can be confirmed once it is back for review");
        }
        workflow.completeReview(reviewTask(statement), ReviewWorkflow.Decision.CONFIRM, currentUser.username());
        return reader.review(statement, false);
    }

    public Dispute dispute(long statementId, @NotNull @Valid DisputeRequest request) {
        var statement = access.ownLocked(statementId);
        requireNotLocked(statement);
        if (request.lineId() != null) {
            var line = em.find(PartnerStatementLine.class, request.lineId());
            if (line == null || line.getStatementId() != statementId) {
                throw InvalidFieldsException.of("lineId", "is not a line of statement " + statementId);
            }
        }
        requireNotDisputedYet(statement, request.lineId());
        var dispute = new StatementDispute(statementId, request.lineId(), statement.getRevision(), request.comment().strip(),
                currentUser.username(), clock.now());
        em.persist(dispute);
        if (statement.getStatus() == StatementStatus.ISSUED) {
            String task = reviewTask(statement);
            statement.dispute();
            workflow.completeReview(task, ReviewWorkflow.Decision.DISPUTE, currentUser.username());
        }
        notices.toFinance("Disputed: " + ReviewNotices.name(statement), currentUser.username() + " disputed "
                + (request.lineId() == null ? "the whole statement" : "a line") + " of " + ReviewNotices.name(statement)
                + ": " + dispute.getComment());
        return reader.dispute(dispute);
    }

    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.FINANCE, Role.Names.VENDOR_ADMIN})
    public Verification verify(long statementId) {
        var statement = access.visible(statementId);
        if (statement.getStatus() != StatementStatus.LOCKED) {
            throw new ConflictException("Statement " + statementId + " is " + statement.getStatus()
                    + ": only a locked statement has a content hash");
        }
        var lines = em.createQuery("select l from PartnerStatementLine l where l.statementId = :id order by l.lineNo",
                PartnerStatementLine.class).setParameter("id", statementId).getResultList();
        var computed = StatementContent.hash(statement, statement.getStatementNumber(), lines);
        return new Verification(statementId, statement.getStatementNumber(), statement.getContentHash(), computed,
                computed.equals(statement.getContentHash()));
    }

    static void requireNotLocked(PartnerStatement statement) {
        if (statement.getStatus() == StatementStatus.LOCKED) {
            throw new ConflictException("Statement " + statement.getId() + " is locked as " + statement.getStatementNumber()
                    + " and cannot be changed; a correction lands in the next period as an adjustment");
        }
    }

    private void requireNotDisputedYet(PartnerStatement statement, Long lineId) {
        long same = em.createQuery("""
                        select count(d) from StatementDispute d where d.statementId = :id and d.revision = :revision
                        and (d.lineId = :line or (d.lineId is null and :whole = true))""", Long.class)
                .setParameter("id", statement.getId()).setParameter("revision", statement.getRevision())
                .setParameter("line", lineId == null ? -1L : lineId).setParameter("whole", lineId == null)
                .getSingleResult();
        if (same > 0) {
            throw new ConflictException((lineId == null ? "The statement" : "Line " + lineId) + " was disputed already in "
                    + "revision " + statement.getRevision() + " of statement " + statement.getId());
        }
    }

    /** The open review task; a statement issued before its review could start gets its review now. */
    private String reviewTask(PartnerStatement statement) {
        return workflow.reviewTask(statement.getId()).orElseGet(() -> {
            workflow.startUnlessRunning(statement.getId(), statement.getReviewDueAt(),
                    notices.partnerAdmins(statement.getPartnerId()).stream().map(p -> p.getUsername()).toList());
            return workflow.reviewTask(statement.getId()).orElseThrow(() -> new ConflictException(
                    "Statement " + statement.getId() + " does not wait for a review now"));
        });
    }
}
