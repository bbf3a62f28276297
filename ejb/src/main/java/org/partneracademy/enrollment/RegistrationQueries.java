package org.partneracademy.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partneracademy.partner.PartnerScope;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.paging.Like;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * Reads registrations with their ledger events. The vendor (finance, vendor admin) reads all of them;
 * a partner admin only those of the learners they administer ({@link PartnerScope}), decided in the
 * query: any other id is reported as not found.
 */
@Stateless
@RolesAllowed({Role.Names.FINANCE, Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
public class RegistrationQueries {

    /** The most registrations one search lists: finance narrows the search rather than pages through it. */
    static final int SEARCH_LIMIT = 50;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PartnerScope scope;

    public RegistrationView registration(long registrationId) {
        Registration registration;
        if (isVendor()) {
            registration = em.find(Registration.class, registrationId);
        } else {
            var administered = scope.administeredPeople("p");
            registration = administered.bind(em.createQuery("""
                            select r from Registration r join r.enrollment e join e.learner p
                            where r.id = :id and (""" + administered.jpql() + ")", Registration.class))
                    .setParameter("id", registrationId)
                    .getResultStream().findFirst().orElse(null);
        }
        if (registration == null) {
            throw new NotFoundException("Registration", registrationId);
        }
        return RegistrationView.of(registration);
    }

    /**
     * Registrations whose learner's name, username or e-mail contains {@code learner}, newest first, at
     * most {@value #SEARCH_LIMIT}. The vendor's search: it spans every partner.
     */
    @RolesAllowed({Role.Names.FINANCE, Role.Names.VENDOR_ADMIN})
    public List<RegistrationRow> byLearner(String learner) {
        String pattern = Like.containing(learner);
        if (pattern == null) {
            return List.of();
        }
        return em.createQuery("""
                        select new org.partneracademy.enrollment.RegistrationRow(r.id, p.displayName,
                            p.username, s.name, concat(c.code, ' ', c.title), r.createdAt, r.listPrice, r.discountAmount,
                            r.currency)
                        from Registration r join r.enrollment e join e.learner p join e.course c left join r.sellingPartner s
                        where lower(p.displayName) like :pattern escape '!' or lower(p.username) like :pattern escape '!'
                            or lower(p.email) like :pattern escape '!'
                        order by r.createdAt desc, r.id desc""", RegistrationRow.class)
                .setParameter("pattern", pattern)
                .setMaxResults(SEARCH_LIMIT)
                .getResultList();
    }

    private boolean isVendor() {
        return currentUser.hasRole(Role.FINANCE) || currentUser.hasRole(Role.VENDOR_ADMIN);
    }
}
