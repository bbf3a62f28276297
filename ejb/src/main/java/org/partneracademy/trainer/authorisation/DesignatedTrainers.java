package org.partneracademy.trainer.authorisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.partneracademy.partner.Partner;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;

/**
 * A partner's designated trainers: per published instructor-led course family, how many of the partner's
 * trainers may lead it now (ACTIVE, unexpired), against the {@code designated_trainers} its agreement in
 * force today requires of every course. The vendor admin and leaders read any partner, a partner admin
 * their own (another partner is "not found").
 */
@Stateless
public class DesignatedTrainers {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AcademyClock clock;

    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.PARTNER_ADMIN})
    public List<DesignatedTrainerCount> of(long partnerId) {
        var partner = em.find(Partner.class, partnerId);
        if (partner == null || !mayRead(partnerId)) {
            throw new NotFoundException("Partner", partnerId);
        }
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<?> required = em.createNativeQuery("""
                        select designated_trainers from partner_agreement where partner_id = ?1 and valid_from <= ?2
                        and (valid_to is null or valid_to >= ?2) order by valid_from desc""")
                .setParameter(1, partnerId).setParameter(2, today).setMaxResults(1).getResultList();
        Integer designated = required.isEmpty() || required.get(0) == null ? null : ((Number) required.get(0)).intValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select c.code, max(c.title),
                          (select count(distinct a.trainer_id) from trainer_authorisation a join person p on p.id = a.trainer_id
                           where a.course_code = c.code and a.status = 'ACTIVE' and a.expires_at > ?2
                           and p.partner_id = ?1 and p.deactivated_at is null)
                        from course c where c.status = 'PUBLISHED' and c.format <> 'SELF_PACED'
                        group by c.code order by c.code""")
                .setParameter(1, partnerId).setParameter(2, clock.instant())
                .getResultList();
        return rows.stream().map(r -> {
            long authorised = ((Number) r[2]).longValue();
            return new DesignatedTrainerCount((String) r[0], (String) r[1], authorised, designated,
                    designated != null && authorised < designated);
        }).toList();
    }

    private boolean mayRead(long partnerId) {
        if (currentUser.hasRole(Role.VENDOR_ADMIN) || currentUser.hasRole(Role.TRAINING_LEADER)) {
            return true;
        }
        var me = em.createQuery("select p from Person p left join fetch p.partner where p.username = :u", Person.class)
                .setParameter("u", currentUser.username()).getSingleResult();
        return me.getPartner() != null && me.getPartner().getId() == partnerId;
    }
}
