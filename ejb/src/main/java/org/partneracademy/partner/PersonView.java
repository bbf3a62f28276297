package org.partneracademy.partner;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.partneracademy.platform.security.Role;

/**
 * A person as pages and the API show them: no password hash, no managed entity. The ids are there so a
 * client can send the person back changed ({@link PersonChange}); {@code administeredLocations} is
 * empty for everyone but location-scoped partner admins.
 */
public record PersonView(long id, String username, String displayName, String email, Position position,
        String persona, String managerUsername, String partnerName, List<String> locations, Set<Role> roles,
        boolean active, Long managerId, List<Long> locationIds, List<String> administeredLocations,
        List<Long> administeredLocationIds) {

    public PersonView(long id, String username, String displayName, String email, Position position, String persona,
            String managerUsername, String partnerName, List<String> locations, Set<Role> roles, boolean active) {
        this(id, username, displayName, email, position, persona, managerUsername, partnerName, locations, roles, active,
                null, List.of(), List.of(), List.of());
    }

    static PersonView of(Person person) {
        var locations = person.getLocations().stream().sorted(Comparator.comparing(PartnerLocation::getName)).toList();
        var administered = person.getAdministeredLocations().stream()
                .sorted(Comparator.comparing(PartnerLocation::getName)).toList();
        return new PersonView(person.getId(), person.getUsername(), person.getDisplayName(), person.getEmail(),
                person.getPosition(), person.getPersona(),
                person.getManager() == null ? null : person.getManager().getUsername(),
                person.getPartner() == null ? null : person.getPartner().getName(),
                locations.stream().map(PartnerLocation::getName).toList(),
                Set.copyOf(person.getRoles()), person.isActive(),
                person.getManager() == null ? null : person.getManager().getId(),
                locations.stream().map(PartnerLocation::getId).toList(),
                administered.stream().map(PartnerLocation::getName).toList(),
                administered.stream().map(PartnerLocation::getId).toList());
    }
}
