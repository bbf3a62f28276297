package org.partneracademy.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Map;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * What the signed-in administrator may touch, decided in the queries: the vendor admin administers
 * every partner; a partner admin only their own. Anything outside the scope is reported exactly like
 * something that does not exist, so guessed ids reveal nothing.
 *
 * <p>Lists of people in other features (My team, the People page) take their condition from
 * {@link #administeredPeople}, so a change of who administers whom applies to every list at once.
 */
@RequestScoped
public class PartnerScope {

    /** A condition in HQL on a query's where clause, with the parameters it needs. */
    public record Condition(String hql, Map<String, Object> parameters) {

        public <Q extends Query> Q bindTo(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

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

    /**
     * The people the signed-in administrator administers, as a condition on the person alias of a
     * query: everyone for the vendor admin, their own partner's people for a partner admin, nobody
     * for anyone else.
     */
    public Condition administeredPeople(String person) {
        if (isVendorAdmin()) {
            return new Condition("1 = 1", Map.of());
        }
        if (!currentUser.hasRole(Role.PARTNER_ADMIN)) {
            return new Condition("1 = 0", Map.of());
        }
        var own = me().getPartner();
        if (own == null) {
            return new Condition("1 = 0", Map.of());
        }
        return new Condition(person + ".partner.id = :scopePartnerId", Map.of("scopePartnerId", own.getId()));
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
