package org.partneracademy.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partneracademy.testing.Entities.instantiate;
import static org.partneracademy.testing.Entities.set;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.security.Role;

/** Changing a person: what the assignment rules are told, managers without cycles, who administers locations. */
class PersonProfileTest {

    private final Partner contoso = partner(1L, "Contoso");
    private final Partner northwind = partner(2L, "Northwind");
    private final PartnerLocation london = location(contoso, 10L);
    private final PartnerLocation manchester = location(contoso, 11L);
    private final PartnerLocation berlin = location(northwind, 20L);

    @Test
    void onlyAChangeOfPositionOrLocationsIsOneForTheRules() {
        var emma = person(100L, "emma", null);

        assertThat(emma.changeProfile(Position.SALES_REP, "Farmer", null, Set.of(london), Set.of(Role.LEARNER, Role.TRAINER), Set.of()))
                .as("persona and roles only").isFalse();
        assertThat(emma.changeProfile(Position.SALES_REP, "Farmer", null, Set.of(london, manchester), Set.of(Role.LEARNER), Set.of()))
                .as("a location added").isTrue();
        assertThat(emma.changeProfile(Position.MANAGER, "Farmer", null, Set.of(london, manchester), Set.of(Role.LEARNER), Set.of()))
                .as("a new position").isTrue();
        assertThat(emma.getLocations()).containsExactlyInAnyOrder(london, manchester);
        assertThat(emma.getPersona()).isEqualTo("Farmer");
    }

    @Test
    void nobodyManagesThemselvesOrTheirOwnManagerChain() {
        var boss = person(100L, "boss", null);
        var lead = person(101L, "lead", boss);
        var rep = person(102L, "rep", lead);

        assertThatThrownBy(() -> boss.changeProfile(Position.MANAGER, null, boss, Set.of(london), Set.of(Role.LEARNER), Set.of()))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> boss.changeProfile(Position.MANAGER, null, rep, Set.of(london), Set.of(Role.LEARNER), Set.of()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("report");
        assertThat(rep.changeProfile(Position.SALES_REP, null, boss, Set.of(london), Set.of(Role.LEARNER), Set.of())).isFalse();
        assertThat(rep.getManager()).isSameAs(boss);
    }

    @Test
    void onlyPartnerAdminsAdministerLocationsOfTheirOwnPartner() {
        var admin = person(100L, "admin", null);

        assertThatThrownBy(() -> admin.changeProfile(Position.MANAGER, null, null, Set.of(london), Set.of(Role.LEARNER), Set.of(london)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("partner admins");
        assertThatThrownBy(() -> admin.changeProfile(Position.MANAGER, null, null, Set.of(london), Set.of(Role.PARTNER_ADMIN), Set.of(berlin)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Contoso");
        admin.changeProfile(Position.MANAGER, null, null, Set.of(london), Set.of(Role.PARTNER_ADMIN), Set.of(london));
        assertThat(admin.getAdministeredLocations()).containsExactly(london);

        admin.changeProfile(Position.MANAGER, null, null, Set.of(london), Set.of(Role.LEARNER), Set.of());
        assertThat(admin.getAdministeredLocations()).as("dropped with the role").isEmpty();
        assertThatThrownBy(() -> admin.changeProfile(Position.MANAGER, null, null, Set.of(), Set.of(Role.LEARNER), Set.of()))
                .isInstanceOf(RuleViolationException.class);
    }

    private Person person(long id, String username, Person manager) {
        var person = Person.partnerEmployee(contoso, username, "hash", username, username + "@example.com",
                Position.SALES_REP, null, manager, Set.of(london), Set.of(Role.LEARNER));
        return set(person, "id", id);
    }

    private static Partner partner(long id, String name) {
        var partner = instantiate(Partner.class);
        set(partner, "id", id);
        set(partner, "name", name);
        return partner;
    }

    private static PartnerLocation location(Partner partner, long id) {
        var location = instantiate(PartnerLocation.class);
        set(location, "id", id);
        set(location, "partner", partner);
        set(location, "name", "Location " + id);
        return location;
    }
}
