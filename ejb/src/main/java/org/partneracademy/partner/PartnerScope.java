package org.partneracademy.partner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * What the signed-in administrator may touch, decided in the queries. Anything outside the scope is
 * reported exactly like something that does not exist, so guessed ids reveal nothing.
 *
 * <p>The rule:
 * <ul>
 * <li>the vendor admin administers every partner;</li>
 * <li>a partner admin with no administered locations assigned administers their whole partner (every
 * admin created before location scoping keeps the scope they had);</li>
 * <li>a partner admin assigned locations ({@code person_admin_location}) administers the people who work
 * at at least one of those locations, and those locations only. A person at locations A and B is
 * therefore administered by A's admin and by B's admin alike;</li>
 * <li>anyone else administers nobody.</li>
 * </ul>
 * Only the vendor admin and whole-partner admins add locations, grant the partner admin role or assign
 * administered locations; a location admin manages the learners and trainers of their locations.
 *
 * <p>Other features scope their own queries with {@link #administeredPeople(String)}.
 */
@RequestScoped
public class PartnerScope {

    /** The caller's partner and administered location ids (empty = the whole partner), read once per request. */
    private record CallerScope(Long partnerId, Set<Long> locationIds) {
    }

    /**
     * A JPQL condition and its parameters, to be and-ed into a query's where clause and bound to it. The
     * parameters are named {@code scope...}; callers must not use these names themselves.
     */
    public record Condition(String jpql, Map<String, Object> parameters) {

        public <Q extends Query> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    private static final Condition EVERYTHING = new Condition("1 = 1", Map.of());
    private static final Condition NOTHING = new Condition("1 = 0", Map.of());

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    private CallerScope callerScope;

    /**
     * The people the caller administers, as a condition on the {@link Person} alias {@code person}: e.g.
     * {@code "select e from Enrollment e join e.learner p where e.status = :s and " + c.jpql()} with
     * {@code c = scope.administeredPeople("p")}, then {@code c.bind(query)}. The vendor admin: everyone;
     * a partner admin: their partner's people, limited to their administered locations if they have any;
     * anyone else: nobody.
     */
    public Condition administeredPeople(String person) {
        if (isVendorAdmin()) {
            return EVERYTHING;
        }
        var scope = callerScope();
        if (scope == null) {
            return NOTHING;
        }
        if (scope.locationIds().isEmpty()) {
            return new Condition(person + ".partner.id = :scopePartnerId", Map.of("scopePartnerId", scope.partnerId()));
        }
        return new Condition(person + ".partner.id = :scopePartnerId and exists (select 1 from Person scopePerson"
                + " join scopePerson.locations scopeLocation where scopePerson = " + person
                + " and scopeLocation.id in :scopeLocationIds)",
                Map.of("scopePartnerId", scope.partnerId(), "scopeLocationIds", scope.locationIds()));
    }

    /** The locations the caller administers, as a condition on the {@link PartnerLocation} alias given. */
    Condition administeredLocations(String location) {
        if (isVendorAdmin()) {
            return EVERYTHING;
        }
        var scope = callerScope();
        if (scope == null) {
            return NOTHING;
        }
        if (scope.locationIds().isEmpty()) {
            return new Condition(location + ".partner.id = :scopePartnerId", Map.of("scopePartnerId", scope.partnerId()));
        }
        return new Condition(location + ".id in :scopeLocationIds", Map.of("scopeLocationIds", scope.locationIds()));
    }

    /**
     * The locations a location admin is limited to; empty for the vendor's staff, whole-partner admins
     * and everyone else (who administer more, or nothing, as the other methods say).
     */
    public Set<Long> limitedToLocations() {
        if (isVendorAdmin()) {
            return Set.of();
        }
        var scope = callerScope();
        return scope == null ? Set.of() : scope.locationIds();
    }

    /** The partner a partner admin administers (read once per request); null for anyone else. */
    public Long administeredPartnerId() {
        if (isVendorAdmin()) {
            return null;
        }
        var scope = callerScope();
        return scope == null ? null : scope.partnerId();
    }

    /** Whether the caller is a partner admin limited to some locations of their partner. */
    boolean isLocationAdmin() {
        if (isVendorAdmin()) {
            return false;
        }
        var scope = callerScope();
        return scope != null && !scope.locationIds().isEmpty();
    }

    /** Refuses what only the vendor admin or an admin of the whole partner may do. */
    void requireWholePartner(String what) {
        if (isLocationAdmin()) {
            throw new RuleViolationException("Only an admin of the whole partner can " + what);
        }
    }

    private CallerScope callerScope() {
        if (callerScope == null) {
            if (!currentUser.hasRole(Role.PARTNER_ADMIN)) {
                return null;
            }
            List<Long> partner = em.createQuery("select p.partner.id from Person p where p.username = :username", Long.class)
                    .setParameter("username", currentUser.username()).getResultList();
            if (partner.isEmpty() || partner.get(0) == null) {
                return null;
            }
            var locations = em.createQuery("""
                            select l.id from Person p join p.administeredLocations l where p.username = :username""", Long.class)
                    .setParameter("username", currentUser.username()).getResultList();
            callerScope = new CallerScope(partner.get(0), Set.copyOf(locations));
        }
        return callerScope;
    }

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

    /** One of the people the caller administers ({@link #administeredPeople}); anyone else is "not found". */
    Person administeredPerson(long personId) {
        var condition = administeredPeople("p");
        return condition.bind(em.createQuery("select p from Person p where p.id = :id and " + condition.jpql(), Person.class))
                .setParameter("id", personId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Person", personId));
    }

    /** One of the caller's administered locations ({@link #administeredLocations}); any other is "not found". */
    PartnerLocation administeredLocation(long locationId) {
        var condition = administeredLocations("l");
        return condition.bind(em.createQuery("select l from PartnerLocation l where l.id = :id and " + condition.jpql(),
                        PartnerLocation.class))
                .setParameter("id", locationId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Location", locationId));
    }

    Person personOf(Partner partner, long personId) {
        return em.createQuery("select p from Person p where p.id = :id and p.partner = :partner", Person.class)
                .setParameter("id", personId)
                .setParameter("partner", partner)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Person", personId));
    }

    /** A person of {@code partner} whom the caller administers: a manager or colleague named by id. */
    Person administeredPersonOf(Partner partner, long personId) {
        var person = administeredPerson(personId);
        if (person.getPartner() == null || !person.getPartner().getId().equals(partner.getId())) {
            throw new NotFoundException("Person", personId);
        }
        return person;
    }
}
