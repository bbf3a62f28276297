package org.partneracademy.partner;

import java.util.List;
import java.util.Set;
import org.partneracademy.platform.security.Role;

/** A person as pages and the API show them: no password hash, no managed entity. */
public record PersonView(long id, String username, String displayName, String email, Position position,
        String persona, String managerUsername, String partnerName, List<String> locations, Set<Role> roles,
        boolean active) {

    static PersonView of(Person person) {
        return new PersonView(person.getId(), person.getUsername(), person.getDisplayName(), person.getEmail(),
                person.getPosition(), person.getPersona(),
                person.getManager() == null ? null : person.getManager().getUsername(),
                person.getPartner() == null ? null : person.getPartner().getName(),
                person.getLocations().stream().map(PartnerLocation::getName).sorted().toList(),
                Set.copyOf(person.getRoles()), person.isActive());
    }
}
