package org.partneracademy.reporting.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.partneracademy.partner.PartnerScope;
import org.partneracademy.platform.error.ForbiddenException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * Who may read which partner's reports and statements: the vendor admin and finance every partner's, a
 * partner admin their own partner's only. Another partner's report or statement is "not found", exactly
 * like one that does not exist, so guessed ids reveal nothing. A location admin (a partner admin limited
 * to some locations, {@link PartnerScope}) reads the registration report of their locations' learners only
 * and no statements: a statement settles the whole partner.
 */
@RequestScoped
public class ReportAccess {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PartnerScope scope;

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

    /** The locations whose learners a location admin's reports are limited to; empty: no limit. */
    public Set<Long> reportLocations() {
        return scope.limitedToLocations();
    }

    /** Refuses a partner's statements to a location admin, and as {@link #requirePartner} to others. */
    public void requireStatementsOf(long partnerId) {
        requirePartner(partnerId);
        requireWholePartner();
    }

    /** Refuses a location admin: statements settle the whole partner. */
    public void requireWholePartner() {
        if (!reportLocations().isEmpty()) {
            throw new ForbiddenException("A partner's statements are for the admins of the whole partner;"
                    + " an admin of some locations runs the registration report of their locations");
        }
    }

    /**
     * The caller's partner: a partner admin's, read once per request with their locations (a report page
     * asks for it for its form, its totals and its rows); null for the vendor's staff.
     */
    public Long ownPartner() {
        return scope.administeredPartnerId();
    }
}
