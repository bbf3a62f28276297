package org.partneracademy.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partneracademy.testing.Entities.instantiate;
import static org.partneracademy.testing.Entities.set;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.security.Role;

class PersonTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private final Partner contoso = partner(1L, "Contoso");
    private final Partner northwind = partner(2L, "Northwind");
    private final PartnerLocation london = location(contoso, 10L);
    private final PartnerLocation berlin = location(northwind, 20L);

    @Test
    void aPartnerEmployeeWorksAtTheirPartnersLocations() {
        var person = employee(Set.of(london), null, Set.of(Role.LEARNER, Role.TRAINER));

        assertThat(person.getPartner()).isSameAs(contoso);
        assertThat(person.getLocations()).containsExactly(london);
        assertThat(person.getRoles()).containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
        assertThat(person.isActive()).isTrue();
    }

    @Test
    void aLocationOfAnotherPartnerIsRefused() {
        assertThatThrownBy(() -> employee(Set.of(london, berlin), null, Set.of(Role.LEARNER)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Contoso");
    }

    @Test
    void theManagerMustBeAnActiveColleague() {
        var colleague = employee(Set.of(london), null, Set.of(Role.LEARNER));
        var outsider = Person.partnerEmployee(northwind, "o", "h", "O", "o@x.com", Position.MANAGER, null, null,
                Set.of(berlin), Set.of(Role.LEARNER));

        assertThat(employee(Set.of(london), colleague, Set.of(Role.LEARNER)).getManager()).isSameAs(colleague);
        assertThatThrownBy(() -> employee(Set.of(london), outsider, Set.of(Role.LEARNER)))
                .isInstanceOf(RuleViolationException.class);
        colleague.deactivate(NOW);
        assertThatThrownBy(() -> employee(Set.of(london), colleague, Set.of(Role.LEARNER)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void partnerPeopleNeverHoldTheVendorsRoles() {
        assertThatThrownBy(() -> employee(Set.of(london), null, Set.of(Role.LEARNER, Role.VENDOR_ADMIN)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> employee(Set.of(london), null, Set.of(Role.TRAINING_LEADER)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void vendorStaffIsNotAPositionAtAPartner() {
        assertThatThrownBy(() -> Person.partnerEmployee(contoso, "v", "h", "V", "v@x.com", Position.VENDOR_STAFF, null,
                null, Set.of(london), Set.of(Role.LEARNER))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void deactivationIsRecordedOnce() {
        var person = employee(Set.of(london), null, Set.of(Role.LEARNER));

        person.deactivate(NOW);
        person.deactivate(NOW.plusSeconds(3600));

        assertThat(person.isActive()).isFalse();
        assertThat(person.getDeactivatedAt()).isEqualTo(NOW);
    }

    private Person employee(Set<PartnerLocation> locations, Person manager, Set<Role> roles) {
        return Person.partnerEmployee(contoso, "emma", "hash", "Emma Evans", "emma@example.com",
                Position.SALES_REP, "Hunter", manager, locations, roles);
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
        return location;
    }
}
