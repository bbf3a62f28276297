package org.partneracademy.reporting.review;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.partneracademy.notification.NotificationKind;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.reporting.ConfirmedVia;
import org.partneracademy.reporting.DisputeStatus;
import org.partneracademy.reporting.PartnerStatement;
import org.partneracademy.reporting.PartnerStatementLine;
import org.partneracademy.reporting.StatementIssued;
import org.partneracademy.reporting.StatementStatus;

/**
 * What the statement-review process does to a statement: lock it (confirmed by the partner or when the
 * review time ran out), re-issue it after an adjustment, or return it unchanged after rejected disputes.
 * Jobs run at least once, so each step leaves a statement alone that is past the state it expects.
 */
@Dependent
public class ReviewSteps {

    private static final Logger LOG = Logger.getLogger(ReviewSteps.class.getName());

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    AcademyClock clock;

    @Inject
    StatementNumbers numbers;

    @Inject
    ReviewSettings settings;

    @Inject
    ReviewNotices notices;

    @Inject
    Event<StatementIssued> issued;

    /** Numbered (gapless per year of locking), hashed and final. */
    public void lock(long statementId, ConfirmedVia via, String by) {
        var statement = locked(statementId);
        if (statement.getStatus() != StatementStatus.ISSUED) {
            LOG.fine(() -> "Statement " + statementId + " is " + statement.getStatus() + ": not locked again");
            return;
        }
        var now = clock.now();
        var number = numbers.next(now.atZone(ZoneOffset.UTC).getYear());
        statement.lock(via, by, number, StatementContent.hash(statement, number, lines(statementId)), now);
    }

    /** The review time ran out: confirmed on the partner's behalf, and the partner's admins are told. */
    public void autoConfirm(long statementId) {
        var statement = locked(statementId);
        if (statement.getStatus() != StatementStatus.ISSUED) {
            return;
        }
        lock(statementId, ConfirmedVia.REVIEW_TIMEOUT, "system");
        notices.toPartner(statement, NotificationKind.STATEMENT_CONFIRMED_AUTOMATICALLY,
                "Confirmed automatically: " + ReviewNotices.name(statement),
                "Nobody answered the review of " + ReviewNotices.name(statement) + " by " + statement.getReviewDueAt()
                        + ", so it was confirmed and locked as " + statement.getStatementNumber() + ".");
    }

    /** Finance adjusted: the statement goes back to the partner as the next revision. */
    public Instant reissue(long statementId) {
        var statement = locked(statementId);
        if (statement.getStatus() == StatementStatus.DISPUTED) {
            var now = clock.now();
            statement.reissue(now, settings.dueFrom(now));
            issued.fire(new StatementIssued(statementId, statement.getPartnerId(), statement.getRevision()));
            notices.toPartner(statement, NotificationKind.DISPUTE_ANSWERED,
                    "Re-issued after your dispute: " + ReviewNotices.name(statement),
                    "Finance answered your dispute with an adjustment. Revision " + statement.getRevision()
                            + " waits for your review until " + statement.getReviewDueAt() + ".");
        }
        return statement.getReviewDueAt();
    }

    /** Finance rejected every dispute: the statement is back for review, unchanged, with finance's reasons. */
    public Instant returnRejected(long statementId) {
        var statement = locked(statementId);
        if (statement.getStatus() == StatementStatus.DISPUTED) {
            statement.returnUnchanged(settings.dueFrom(clock.now()));
            var reasons = em.createQuery("""
                            select d.resolutionNote from StatementDispute d where d.statementId = :id
                            and d.revision = :revision and d.status = :rejected order by d.id""", String.class)
                    .setParameter("id", statementId).setParameter("revision", statement.getRevision())
                    .setParameter("rejected", DisputeStatus.REJECTED).getResultList();
            notices.toPartner(statement, NotificationKind.DISPUTE_ANSWERED,
                    "Dispute rejected: " + ReviewNotices.name(statement),
                    "Finance rejected your dispute: " + String.join("; ", reasons) + ". The statement waits for your "
                            + "review until " + statement.getReviewDueAt() + ".");
        }
        return statement.getReviewDueAt();
    }

    PartnerStatement locked(long statementId) {
        return em.find(PartnerStatement.class, statementId, LockModeType.PESSIMISTIC_WRITE);
    }

    List<PartnerStatementLine> lines(long statementId) {
        return em.createQuery("select l from PartnerStatementLine l where l.statementId = :id order by l.lineNo",
                PartnerStatementLine.class).setParameter("id", statementId).getResultList();
    }
}
