package org.partneracademy.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * What the signed-in administrator may touch, decided in the queries: the vendor admin administers
 * every partner; a partner admin only their own. Anything outside the scope is reported exactly like
 * something that does not exist, so guessed ids reveal nothing.
 */
@RequestScoped
class PartnerScope {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    Person me() {
        return em.createQuery("select p from Person p where p.username = :username", Person.class)
                .setParameter("username", currentUser.username())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Person", currentUser.username()));
    }

    boolean isVendorAdmin() {
        return currentUser.hasRole(Role.VENDOR_ADMIN);
    }

    /** The partner new people join: the partner admin's own, or the one the vendor admin names. */
    Partner administeredPartner(Long requestedPartnerId) {
        if (isVendorAdmin()) {
            if (requestedPartnerId == null) {
                throw new RuleViolationException("Name the partner the person works for (partnerId)");
            }
            var partner = em.find(Partner.class, requestedPartnerId);
            if (partner == null) {
                throw new NotFoundException("Partner", requestedPartnerId);
            }
            return partner;
        }
        var own = me().getPartner();
        if (own == null || (requestedPartnerId != null && !requestedPartnerId.equals(own.getId()))) {
            throw new NotFoundException("Partner", requestedPartnerId);
        }
        return own;
    }

    Person administeredPerson(long personId) {
        if (isVendorAdmin()) {
            var person = em.find(Person.class, personId);
            if (person == null) {
                throw new NotFoundException("Person", personId);
            }
            return person;
        }
        return personOf(me().getPartner(), personId);
    }

    Person personOf(Partner partner, long personId) {
        return em.createQuery("select p from Person p where p.id = :id and p.partner = :partner", Person.class)
                .setParameter("id", personId)
                .setParameter("partner", partner)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Person", personId));
    }
}
