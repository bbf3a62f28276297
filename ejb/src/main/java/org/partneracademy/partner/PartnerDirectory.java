package org.partneracademy.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.partneracademy.platform.paging.Like;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.platform.security.Role;

/** The vendor's view of its channel: every partner with its type, tier, agreement and size. */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class PartnerDirectory {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    private static final String VIEW = """
            select new org.partneracademy.partner.PartnerView(p.id, p.name, p.type, p.tier.name,
                (select a.model from Agreement a where a.partner = p and a.validFrom <= :today
                    and (a.validTo is null or a.validTo >= :today)),
                (select count(l) from PartnerLocation l where l.partner = p),
                (select count(x) from Person x where x.partner = p and x.active = true))
            from Partner p""";

    /**
     * Every partner, by name, in one query: the counts and the model of the agreement in force today
     * are subqueries, not a query per partner (at most one agreement is in force on a day).
     */
    public List<PartnerView> partners() {
        return em.createQuery(VIEW + " order by p.name", PartnerView.class)
                .setParameter("today", LocalDate.now(clock))
                .getResultList();
    }

    /** One page of partners whose name contains the text, by name: the database pages and counts. */
    public Page<PartnerView> partners(@Size(max = 200) String text, @NotNull @Valid PageRequest page) {
        String pattern = Like.containing(text);
        String where = pattern == null ? "" : " where p.name like :pattern escape '!'";
        var rows = em.createQuery(VIEW + where + " order by p.name, p.id", PartnerView.class)
                .setParameter("today", LocalDate.now(clock));
        var count = em.createQuery("select count(p) from Partner p" + where, Long.class);
        if (pattern != null) {
            rows.setParameter("pattern", pattern);
            count.setParameter("pattern", pattern);
        }
        var items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, count.getSingleResult(), page);
    }
}
