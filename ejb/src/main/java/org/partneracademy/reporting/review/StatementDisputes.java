package org.partneracademy.reporting.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.reporting.DisputeStatus;
import org.partneracademy.reporting.PartnerStatement;
import org.partneracademy.reporting.PartnerStatementLine;
import org.partneracademy.reporting.SourceRefs;
import org.partneracademy.reporting.StatementDispute;
import org.partneracademy.reporting.StatementStatus;
import org.partneracademy.reporting.review.ReviewViews.Dispute;
import org.partneracademy.reporting.statement.Money;
import org.partneracademy.reporting.statement.StatementLine;

/**
 * Finance's answers to disputes. An adjustment is a new ADJUSTMENT line in the disputed line's currency,
 * never an edit of a line; a rejection carries a reason. When the last open dispute of a statement is
 * answered the review process goes on: re-issued as the next revision if anything was adjusted, else back
 * to the partner unchanged. The statement's row lock serialises two answers and a partner's new dispute.
 */
@Stateless
@RolesAllowed(Role.Names.FINANCE)
public class StatementDisputes {

    private static final int LIMIT = 500;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    StatementAccess access;

    @Inject
    ReviewReader reader;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    ReviewSteps steps;

    @Inject
    CurrentUser currentUser;

    @Inject
    AcademyClock clock;

    /** Disputes in the given status (all when null), oldest first: the oldest has waited longest. */
    public List<Dispute> list(DisputeStatus status) {
        var query = status == null
                ? em.createQuery("select d from StatementDispute d order by d.id", StatementDispute.class)
                : em.createQuery("select d from StatementDispute d where d.status = :status order by d.id",
                        StatementDispute.class).setParameter("status", status);
        return query.setMaxResults(LIMIT).getResultList().stream().map(reader::dispute).toList();
    }

    public Dispute adjust(long disputeId, @NotNull @Valid AdjustmentRequest request) {
        var dispute = openDispute(disputeId);
        var statement = em.find(PartnerStatement.class, dispute.getStatementId());
        var disputed = dispute.getLineId() == null ? null : em.find(PartnerStatementLine.class, dispute.getLineId());
        String currency = disputed != null ? disputed.getCurrency() : firstCurrency(statement.getId());
        var amount = amount(request.amount(), currency);
        var now = clock.now();
        var money = new Money(amount, currency);
        var line = new StatementLine(StatementLine.Kind.ADJUSTMENT, "Adjustment for dispute " + disputeId
                + (disputed == null ? "" : " of line " + disputed.getLineNo()) + ": " + request.note().strip(),
                money, null, money, disputed == null ? List.of() : SourceRefs.parse(disputed.getSources()));
        em.persist(new PartnerStatementLine(statement.getId(), nextLineNo(statement.getId()), line, context(disputed, disputeId),
                currentUser.username(), now));
        dispute.resolve(DisputeStatus.ADJUSTED, request.note().strip(), currentUser.username(), now);
        goOnIfAllAnswered(statement);
        return reader.dispute(dispute);
    }

    public Dispute reject(long disputeId, @NotNull @Valid RejectionRequest request) {
        var dispute = openDispute(disputeId);
        dispute.resolve(DisputeStatus.REJECTED, request.reason().strip(), currentUser.username(), clock.now());
        goOnIfAllAnswered(em.find(PartnerStatement.class, dispute.getStatementId()));
        return reader.dispute(dispute);
    }

    /** The dispute, open, of a statement that waits for finance; the statement row locked first. */
    private StatementDispute openDispute(long disputeId) {
        var found = em.find(StatementDispute.class, disputeId);
        if (found == null) {
            throw new NotFoundException("Dispute", disputeId);
        }
        var statement = access.lockedForUpdate(found.getStatementId());
        em.refresh(found);
        StatementReviews.requireNotLocked(statement);
        if (found.getStatus() != DisputeStatus.OPEN || statement.getStatus() != StatementStatus.DISPUTED) {
            throw new ConflictException("Dispute " + disputeId + " was answered already (" + found.getStatus() + ")");
        }
        return found;
    }

    private void goOnIfAllAnswered(PartnerStatement statement) {
        em.flush();
        long open = em.createQuery("select count(d) from StatementDispute d where d.statementId = :id and d.status = :open",
                Long.class).setParameter("id", statement.getId()).setParameter("open", DisputeStatus.OPEN).getSingleResult();
        if (open > 0) {
            return;
        }
        boolean adjusted = em.createQuery("""
                        select count(d) from StatementDispute d where d.statementId = :id and d.revision = :revision
                        and d.status = :adjusted""", Long.class).setParameter("id", statement.getId())
                .setParameter("revision", statement.getRevision()).setParameter("adjusted", DisputeStatus.ADJUSTED)
                .getSingleResult() > 0;
        var task = workflow.financeTask(statement.getId());
        if (task.isPresent()) {
            workflow.completeFinance(task.get(), adjusted);
        } else if (adjusted) {
            steps.reissue(statement.getId());
        } else {
            steps.returnRejected(statement.getId());
        }
    }

    static BigDecimal amount(String text, String currency) {
        var amount = new BigDecimal(text);
        if (amount.signum() == 0) {
            throw InvalidFieldsException.of("amount", "must not be zero: reject the dispute instead");
        }
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (amount.scale() > digits) {
            throw InvalidFieldsException.of("amount", "has more decimals than " + currency + " allows (" + digits + ")");
        }
        return amount.setScale(Math.max(digits, 0));
    }

    private String firstCurrency(long statementId) {
        return em.createQuery("select l.currency from PartnerStatementLine l where l.statementId = :id order by l.lineNo",
                        String.class).setParameter("id", statementId).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new ConflictException("Statement " + statementId + " has no lines to adjust"));
    }

    private int nextLineNo(long statementId) {
        Integer max = em.createQuery("select max(l.lineNo) from PartnerStatementLine l where l.statementId = :id",
                Integer.class).setParameter("id", statementId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The adjustment carries the disputed line's report ids, so a filtered report shows both together. */
    private static PartnerStatementLine.Context context(PartnerStatementLine disputed, long disputeId) {
        if (disputed == null) {
            return new PartnerStatementLine.Context(null, null, null, null, null, null, null, null, disputeId);
        }
        return new PartnerStatementLine.Context(disputed.getRegistrationId(), disputed.getSessionId(),
                disputed.getTrainerId(), disputed.getCourseId(), disputed.getOfferingId(), disputed.getLocationId(),
                disputed.getLearnerId(), null, disputeId);
    }
}
