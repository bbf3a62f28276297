package org.partneracademy.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.security.Role;

/**
 * Who may approve a learner's enrollment request: their manager and the partner admins who administer
 * them (an admin of the whole partner, or of a location the learner works at), as the partner scope
 * rule says. A learner with none of these is approved by the vendor admins, so no request is stuck.
 * Computed when the request is made; the approval task offers itself to exactly these people.
 */
@ApplicationScoped
class Approvers {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    List<String> of(Person learner) {
        var usernames = new LinkedHashSet<String>();
        var manager = learner.getManager();
        if (manager != null && manager.isActive()) {
            usernames.add(manager.getUsername());
        }
        if (learner.getPartner() != null) {
            var learnerLocations = learner.getLocations().stream().map(l -> l.getId()).collect(Collectors.toSet());
            em.createQuery("""
                            select distinct p from Person p left join fetch p.administeredLocations
                            where p.partner = :partner and p.active = true and :role member of p.roles""", Person.class)
                    .setParameter("partner", learner.getPartner()).setParameter("role", Role.PARTNER_ADMIN)
                    .getResultList().stream()
                    .filter(admin -> admin.getAdministeredLocations().isEmpty()
                            || admin.getAdministeredLocations().stream().anyMatch(l -> learnerLocations.contains(l.getId())))
                    .map(Person::getUsername)
                    .forEach(usernames::add);
        }
        usernames.remove(learner.getUsername());
        if (usernames.isEmpty()) {
            em.createQuery("select p.username from Person p where p.active = true and :role member of p.roles", String.class)
                    .setParameter("role", Role.VENDOR_ADMIN).getResultList().forEach(usernames::add);
        }
        return List.copyOf(usernames);
    }
}
