package org.partneracademy.reporting.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * Who may read which partner's reports and statements: the vendor admin and finance every partner's, a
 * partner admin their own partner's only. Another partner's report or statement is "not found", exactly
 * like one that does not exist, so guessed ids reveal nothing.
 */
@RequestScoped
public class ReportAccess {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public boolean seesEveryPartner() {
        return currentUser.hasRole(Role.VENDOR_ADMIN) || currentUser.hasRole(Role.FINANCE);
    }

    /** Refuses a partner the caller may not see, and one that does not exist. */
    public void requirePartner(long partnerId) {
        if (seesEveryPartner()) {
            if (em.createQuery("select count(p) from Partner p where p.id = :id", Long.class)
                    .setParameter("id", partnerId).getSingleResult() == 0) {
                throw new NotFoundException("Partner", partnerId);
            }
            return;
        }
        Long own = ownPartner();
        if (own == null || own != partnerId) {
            throw new NotFoundException("Partner", partnerId);
        }
    }

    /** The caller's partner, or null for the vendor's own staff. */
    public Long ownPartner() {
        return em.createQuery("select p.partner.id from Person p where p.username = :username", Long.class)
                .setParameter("username", currentUser.username())
                .getResultStream().findFirst().orElse(null);
    }
}
