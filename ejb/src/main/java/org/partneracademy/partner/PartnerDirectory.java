package org.partneracademy.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.partneracademy.platform.security.Role;

/** The vendor's view of its channel: every partner with its type, tier, agreement and size. */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class PartnerDirectory {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /**
     * One query for the whole list: the counts and the model of the agreement in force today are
     * subqueries, not a query per partner (at most one agreement is in force on a day).
     */
    public List<PartnerView> partners() {
        return em.createQuery("""
                select new org.partneracademy.partner.PartnerView(p.id, p.name, p.type, p.tier.name,
                    (select a.model from Agreement a where a.partner = p and a.validFrom <= :today
                        and (a.validTo is null or a.validTo >= :today)),
                    (select count(l) from PartnerLocation l where l.partner = p),
                    (select count(x) from Person x where x.partner = p and x.active = true))
                from Partner p order by p.name""", PartnerView.class)
                .setParameter("today", LocalDate.now(clock))
                .getResultList();
    }
}
