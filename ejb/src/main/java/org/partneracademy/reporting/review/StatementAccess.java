package org.partneracademy.reporting.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.reporting.PartnerStatement;
import org.partneracademy.reporting.report.ReportAccess;

/**
 * Which statements the caller may see: finance and the vendor admin every one, a partner admin of the
 * whole partner those of their own partner (not a location admin). Another partner's statement is
 * reported exactly like a missing one (404).
 */
@Dependent
public class StatementAccess {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReportAccess reportAccess;

    public PartnerStatement visible(long statementId) {
        var statement = em.find(PartnerStatement.class, statementId);
        if (statement == null || !maySee(statement.getPartnerId())) {
            throw new NotFoundException("Statement", statementId);
        }
        return statement;
    }

    /**
     * The caller's own partner's statement, row-locked until the transaction ends, so that a confirmation
     * and a dispute of one statement (or two finance answers) run one after the other and the second sees
     * what the first did.
     */
    public PartnerStatement ownLocked(long statementId) {
        // Only the partner id is read before the lock: the statement itself is loaded once, under the lock,
        // so the second of two requests sees what the first did.
        var partnerId = em.createQuery("select s.partnerId from PartnerStatement s where s.id = :id", Long.class)
                .setParameter("id", statementId).getResultStream().findFirst();
        if (partnerId.isEmpty() || !maySee(partnerId.get())) {
            throw new NotFoundException("Statement", statementId);
        }
        return lockedForUpdate(statementId);
    }

    /** The statement, loaded under its row lock (finance's answers; no partner check). */
    public PartnerStatement lockedForUpdate(long statementId) {
        return em.find(PartnerStatement.class, statementId, LockModeType.PESSIMISTIC_WRITE);
    }

    boolean maySee(long partnerId) {
        if (currentUser.hasRole(Role.FINANCE) || currentUser.hasRole(Role.VENDOR_ADMIN)) {
            return true;
        }
        if (!currentUser.hasRole(Role.PARTNER_ADMIN)) {
            return false;
        }
        // A location admin reviews no statements (403): a statement settles the whole partner.
        reportAccess.requireWholePartner();
        return em.createQuery("select p.partner.id from Person p where p.username = :username and p.active = true",
                        Long.class).setParameter("username", currentUser.username())
                .getResultStream().anyMatch(own -> own != null && own == partnerId);
    }
}
