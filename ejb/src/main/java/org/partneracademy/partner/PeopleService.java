package org.partneracademy.partner;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * Who works where. A partner admin sees the people of their own partner only; the vendor admin sees
 * everyone. The scope is part of each query.
 */
@Stateless
public class PeopleService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The signed-in person, for pages and the API. */
    @PermitAll
    public PersonView myProfile() {
        return PersonView.of(me());
    }

    /** The signed-in person as an entity, for other services of the same transaction. */
    @PermitAll
    public Person me() {
        return em.createQuery("select p from Person p where p.username = :username", Person.class)
                .setParameter("username", currentUser.username())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Person", currentUser.username()));
    }

    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    public List<PersonView> visiblePeople() {
        if (currentUser.hasRole(Role.VENDOR_ADMIN)) {
            return em.createQuery("select p from Person p left join fetch p.partner order by p.displayName", Person.class)
                    .getResultList().stream().map(PersonView::of).toList();
        }
        return em.createQuery("""
                select p from Person p join fetch p.partner
                where p.partner = (select me.partner from Person me where me.username = :username)
                order by p.displayName""", Person.class)
                .setParameter("username", currentUser.username())
                .getResultList().stream().map(PersonView::of).toList();
    }
}
