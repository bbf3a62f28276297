package org.partneracademy.partner;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.paging.Like;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.SortDirection;
import org.partneracademy.platform.persistence.UniqueKeyViolation;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.PasswordHasher;
import org.partneracademy.platform.security.Role;

/**
 * Who works where, and who administers them. A partner admin reads and changes the people and
 * locations of their own partner only (a location admin: of their locations only); the vendor admin
 * those of every partner. The scope is a condition of every query ({@link PartnerScope}).
 */
@Stateless
public class PeopleService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Event<PeopleJoined> joined;

    @Inject
    Event<PersonProfileChanged> profileChanged;

    @Inject
    CurrentUser currentUser;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    PartnerScope scope;

    private final Clock clock = Clock.systemUTC();

    /** The signed-in person, for pages and the API. */
    @PermitAll
    public PersonView myProfile() {
        return PersonView.of(me());
    }

    /** The signed-in person as an entity, for other services of the same transaction. */
    @PermitAll
    public Person me() {
        return scope.me();
    }

    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    public List<PersonView> visiblePeople() {
        var inScope = scope.administeredPeople("p");
        return inScope.bind(em.createQuery("select p from Person p left join fetch p.partner where " + inScope.jpql()
                        + " order by p.displayName", Person.class))
                .getResultList().stream().map(PersonView::of).toList();
    }

    /** One page of the people one administers, searched, filtered and ordered by the database. */
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    public Page<PersonView> peoplePage(@NotNull @Valid PeopleSearch search) {
        var scoped = scope.administeredPeople("p");
        var where = new StringBuilder(" where ").append(scoped.jpql());
        var parameters = new HashMap<>(scoped.parameters());
        String pattern = Like.containing(search.text());
        if (pattern != null) {
            where.append(" and (p.displayName like :pattern escape '!' or p.username like :pattern escape '!')");
            parameters.put("pattern", pattern);
        }
        if (search.locationId() != null) {
            where.append(" and p.id in (select q.id from Person q join q.locations l where l.id = :location)");
            parameters.put("location", search.locationId());
        }
        var sort = search.sort() == null ? PeopleSearch.Sort.NAME : search.sort();
        var direction = search.direction() == null ? SortDirection.ASC : search.direction();
        var page = search.page();
        var people = bind(em.createQuery(
                        "select p from Person p left join fetch p.partner" + where
                                + " order by " + sort.expression + " " + direction.sql() + ", p.id", Person.class), parameters)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(PersonView::of).toList();
        long total = bind(em.createQuery("select count(p) from Person p" + where, Long.class), parameters)
                .getSingleResult();
        return Page.of(people, total, page);
    }

    /** Active people one administers whose name or user name contains the text: choices of manager. */
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    public List<PersonView> managerCandidates(String text, int limit) {
        var scoped = scope.administeredPeople("p");
        String pattern = Like.containing(text);
        var query = scoped.bind(em.createQuery("select p from Person p left join fetch p.partner where " + scoped.jpql()
                + " and p.active = true"
                + (pattern == null ? "" : " and (p.displayName like :pattern escape '!' or p.username like :pattern escape '!')")
                + " order by p.displayName, p.id", Person.class));
        if (pattern != null) {
            query.setParameter("pattern", pattern);
        }
        return query.setMaxResults(Math.max(1, Math.min(limit, 50))).getResultList().stream().map(PersonView::of).toList();
    }

    /** Whether the caller administers whole partners (vendor admin, partner admin without assigned locations). */
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    public boolean administersWholePartner() {
        return !scope.isLocationAdmin();
    }

    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    public PersonView person(long personId) {
        return PersonView.of(scope.administeredPerson(personId));
    }

    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    public List<LocationView> visibleLocations() {
        var inScope = scope.administeredLocations("l");
        return inScope.bind(em.createQuery("select distinct l from PartnerLocation l join fetch l.partner left join fetch l.brands where "
                        + inScope.jpql(), PartnerLocation.class))
                .getResultList().stream().map(LocationView::of)
                .sorted(Comparator.comparing(LocationView::partnerName).thenComparing(LocationView::name)).toList();
    }

    /** Adds a person to the caller's partner (or, for the vendor admin, to the partner named). */
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    public PersonView create(@NotNull @Valid NewPerson newPerson) {
        var partner = scope.administeredPartner(newPerson.partnerId());
        if (taken("username", newPerson.username())) {
            throw new ConflictException("The user name " + newPerson.username() + " is already taken");
        }
        if (taken("email", newPerson.email())) {
            throw new ConflictException("Someone with the e-mail address " + newPerson.email() + " already exists");
        }
        if (newPerson.roles().contains(Role.PARTNER_ADMIN)) {
            scope.requireWholePartner("make someone a partner admin");
        }
        var locations = locationsOf(partner, newPerson.locationIds());
        var manager = newPerson.managerId() == null ? null : scope.administeredPersonOf(partner, newPerson.managerId());
        var person = Person.partnerEmployee(partner, newPerson.username(),
                passwordHasher.hash(newPerson.initialPassword().toCharArray()), newPerson.displayName(),
                newPerson.email(), newPerson.position(), newPerson.persona(), manager, locations, newPerson.roles());
        try {
            em.persist(person);
            em.flush();
            joined.fire(new PeopleJoined(List.of(person.getId())));
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                // Someone else took the user name or e-mail address between the checks above and this insert.
                throw new ConflictException("The user name or e-mail address was taken a moment ago");
            }
            throw e;
        }
        return PersonView.of(person);
    }

    /** Deactivates one of the administered people; they can no longer sign in. Idempotent. */
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    public PersonView deactivate(long personId) {
        var person = scope.administeredPerson(personId);
        if (person.getUsername().equals(currentUser.username())) {
            throw new RuleViolationException("You cannot deactivate yourself");
        }
        if (person.getRoles().contains(Role.PARTNER_ADMIN)) {
            scope.requireWholePartner("deactivate a partner admin");
        }
        person.deactivate(clock.instant());
        return PersonView.of(person);
    }

    /**
     * Changes one of the administered people (see {@link PersonChange}); tells the assignment rules
     * ({@link PersonProfileChanged}) when the position or the locations changed. A location admin
     * changes learners and trainers only, and only their locations among the person's.
     */
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    public PersonView update(long personId, @NotNull @Valid PersonChange change) {
        var person = scope.administeredPerson(personId);
        var partner = person.getPartner();
        if (partner == null) {
            throw new RuleViolationException("The vendor's own staff are not changed here");
        }
        boolean grantsOrHoldsAdmin = person.getRoles().contains(Role.PARTNER_ADMIN) || change.roles().contains(Role.PARTNER_ADMIN);
        if (grantsOrHoldsAdmin || (change.administeredLocationIds() != null && !change.administeredLocationIds().isEmpty())) {
            scope.requireWholePartner("change partner admins");
        }
        if (person.getUsername().equals(currentUser.username()) && !change.roles().contains(Role.PARTNER_ADMIN)
                && !scope.isVendorAdmin()) {
            throw new RuleViolationException("You cannot take your own partner admin role away");
        }
        var locations = locationsOf(partner, change.locationIds());
        if (scope.isLocationAdmin()) {
            // The person's locations outside this admin's scope are another admin's to change.
            var administered = administeredLocationsOf(partner, null);
            person.getLocations().stream()
                    .filter(location -> administered.stream().noneMatch(mine -> mine.getId().equals(location.getId())))
                    .forEach(locations::add);
        }
        var manager = change.managerId() == null ? null : scope.administeredPersonOf(partner, change.managerId());
        var administeredLocations = change.administeredLocationIds() == null ? person.getAdministeredLocations()
                : change.administeredLocationIds().isEmpty() ? Set.<PartnerLocation>of()
                : locationsOf(partner, change.administeredLocationIds());
        boolean rulesSeeAChange = person.changeProfile(change.position(), change.persona(), manager, locations,
                change.roles(), administeredLocations);
        em.flush();
        if (rulesSeeAChange) {
            profileChanged.fire(new PersonProfileChanged(person.getId()));
        }
        return PersonView.of(person);
    }

    /** The locations of {@code partner} that the caller administers: those with the given ids, or all (null). */
    private Set<PartnerLocation> administeredLocationsOf(Partner partner, Set<Long> locationIds) {
        var inScope = scope.administeredLocations("l");
        var query = inScope.bind(em.createQuery("select l from PartnerLocation l where l.partner = :partner and "
                        + inScope.jpql() + (locationIds == null ? "" : " and l.id in :ids"), PartnerLocation.class))
                .setParameter("partner", partner);
        if (locationIds != null) {
            query.setParameter("ids", locationIds);
        }
        return new HashSet<>(query.getResultList());
    }

    /** The locations with the given ids, each of them one the caller administers at {@code partner}, or "not found". */
    private Set<PartnerLocation> locationsOf(Partner partner, Set<Long> locationIds) {
        var found = administeredLocationsOf(partner, locationIds);
        for (Long id : locationIds) {
            if (found.stream().noneMatch(location -> location.getId().equals(id))) {
                throw new NotFoundException("Location", id);
            }
        }
        return found;
    }

    private static <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> query,
            Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private boolean taken(String attribute, String value) {
        return !em.createQuery("select p.id from Person p where p." + attribute + " = :value", Long.class)
                .setParameter("value", value).setMaxResults(1).getResultList().isEmpty();
    }
}
