package org.partneracademy.reporting.review;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partneracademy.notification.NotificationKind;
import org.partneracademy.notification.Notifier;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.security.Role;
import org.partneracademy.reporting.PartnerStatement;
import org.partneracademy.reporting.StatementPeriods;

/** Who is told what during a review: the partner's active admins, and the vendor's finance staff. */
@Dependent
public class ReviewNotices {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Notifier notifier;

    public List<Person> partnerAdmins(long partnerId) {
        return em.createQuery("""
                        select p from Person p where p.partner.id = :partner and p.active = true
                        and :role member of p.roles order by p.username""", Person.class)
                .setParameter("partner", partnerId).setParameter("role", Role.PARTNER_ADMIN).getResultList();
    }

    public void toPartner(PartnerStatement statement, NotificationKind kind, String title, String text) {
        notifier.notify(partnerAdmins(statement.getPartnerId()), kind, title, text,
                "/partner/statement.xhtml?id=" + statement.getId());
    }

    public void toFinance(String title, String text) {
        var finance = em.createQuery("select p from Person p where p.active = true and :role member of p.roles", Person.class)
                .setParameter("role", Role.FINANCE).getResultList();
        notifier.notify(finance, NotificationKind.STATEMENT_DISPUTED, title, text, "/finance/disputes.xhtml");
    }

    public static String name(PartnerStatement statement) {
        return "statement " + statement.getId() + " for " + StatementPeriods.key(statement.period());
    }
}
