package org.partneracademy.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partneracademy.platform.security.Role;

/** The vendor's view of its channel: every partner with its type, tier, agreement and size. */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class PartnerDirectory {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    /** One query for the whole list: the counts are subqueries, not a query per partner. */
    public List<PartnerView> partners() {
        return em.createQuery("""
                select new org.partneracademy.partner.PartnerView(p.id, p.name, p.type, p.tier.name, p.agreementModel,
                    (select count(l) from PartnerLocation l where l.partner = p),
                    (select count(x) from Person x where x.partner = p and x.active = true))
                from Partner p order by p.name""", PartnerView.class)
                .getResultList();
    }
}
