package org.partneracademy.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.security.Role;

/**
 * Someone who signs in: a partner's employee (partner set) or the vendor's staff (no partner). The
 * password is kept only as a PBKDF2 hash; the identity store reads it with SQL, never through here.
 */
@Entity
public class Person {

    static final Set<Role> PARTNER_ROLES = EnumSet.of(Role.LEARNER, Role.TRAINER, Role.PARTNER_ADMIN);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Position position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "person_location",
            joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "location_id"))
    private Set<PartnerLocation> locations = new HashSet<>();

    /** The locations this partner admin administers; none = the whole partner ({@link PartnerScope}). */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "person_admin_location",
            joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "location_id"))
    private Set<PartnerLocation> administeredLocations = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private String persona;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Person manager;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Version
    private long version;

    protected Person() {
    }

    /**
     * A new employee of a partner, created by that partner's admin (or the vendor admin).
     *
     * <p>Rules: every location belongs to the same partner; the manager works at the same partner and
     * is active; partner people hold partner roles only (learner, trainer, partner admin), never the
     * vendor's roles, and never the vendor-staff position.
     */
    public static Person partnerEmployee(Partner partner, String username, String passwordHash, String displayName,
            String email, Position position, String persona, Person manager, Set<PartnerLocation> locations,
            Set<Role> roles) {
        checkPartnerEmployee(partner, position, manager, locations, roles);
        var person = new Person();
        person.partner = partner;
        person.username = username;
        person.passwordHash = passwordHash;
        person.displayName = displayName;
        person.email = email;
        person.position = position;
        person.persona = persona;
        person.manager = manager;
        person.locations = new HashSet<>(locations);
        person.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return person;
    }

    /** The rules of {@link #partnerEmployee}, for callers that check many candidates before creating any. */
    public static void checkPartnerEmployee(Partner partner, Position position, Person manager,
            Set<PartnerLocation> locations, Set<Role> roles) {
        if (locations.stream().anyMatch(location -> !location.getPartner().getId().equals(partner.getId()))) {
            throw new RuleViolationException("Every location must belong to " + partner.getName());
        }
        if (manager != null && (!manager.isActive() || manager.getPartner() == null
                || !manager.getPartner().getId().equals(partner.getId()))) {
            throw new RuleViolationException("The manager must be an active person of " + partner.getName());
        }
        if (!Position.atPartners().contains(position)) {
            throw new RuleViolationException("Vendor staff is not a position at a partner");
        }
        if (!PARTNER_ROLES.containsAll(roles)) {
            throw new RuleViolationException("Partner people can only be learners, trainers or partner admins");
        }
    }

    /**
     * Changes a partner employee's job, manager, locations, roles and administered locations, under the
     * rules of {@link #partnerEmployee}, and: the manager is not the person nor anyone who reports to
     * them (directly or not); only partner admins administer locations, each of them at the same
     * partner. Losing the partner admin role drops the administered locations.
     *
     * @return whether the position or the locations changed, which assignment rules look at
     */
    public boolean changeProfile(Position newPosition, String newPersona, Person newManager,
            Set<PartnerLocation> newLocations, Set<Role> newRoles, Set<PartnerLocation> newAdministeredLocations) {
        if (partner == null) {
            throw new RuleViolationException("The vendor's own staff are not partner people");
        }
        checkPartnerEmployee(partner, newPosition, newManager, newLocations, newRoles);
        if (newLocations.isEmpty()) {
            throw new RuleViolationException("A person works at one location at least");
        }
        if (newManager != null && newManager.reportsTo(this)) {
            throw new RuleViolationException(newManager.getUsername() + " cannot manage " + username
                    + ": they report to " + username);
        }
        if (!newAdministeredLocations.isEmpty() && !newRoles.contains(Role.PARTNER_ADMIN)) {
            throw new RuleViolationException("Only partner admins administer locations");
        }
        if (newAdministeredLocations.stream().anyMatch(location -> !location.getPartner().getId().equals(partner.getId()))) {
            throw new RuleViolationException("Every administered location must belong to " + partner.getName());
        }
        boolean rulesSeeAChange = newPosition != position || !idsOf(newLocations).equals(idsOf(locations));
        position = newPosition;
        persona = newPersona;
        manager = newManager;
        locations = new HashSet<>(newLocations);
        roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        administeredLocations = newRoles.contains(Role.PARTNER_ADMIN) ? new HashSet<>(newAdministeredLocations) : new HashSet<>();
        return rulesSeeAChange;
    }

    /** Whether this person is {@code other} or reports to them through the chain of managers. */
    boolean reportsTo(Person other) {
        int depth = 0;
        for (Person p = this; p != null && depth < 1000; p = p.manager, depth++) {
            if (p == other || (p.id != null && p.id.equals(other.id))) {
                return true;
            }
        }
        return false;
    }

    private static Set<Long> idsOf(Set<PartnerLocation> locations) {
        var ids = new HashSet<Long>();
        locations.forEach(location -> ids.add(location.getId()));
        return ids;
    }

    /** Signs the person out for good: the identity store only accepts active people. Idempotent. */
    public void deactivate(Instant now) {
        if (active) {
            active = false;
            deactivatedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Position getPosition() {
        return position;
    }

    public Partner getPartner() {
        return partner;
    }

    public Set<PartnerLocation> getLocations() {
        return locations;
    }

    public Set<PartnerLocation> getAdministeredLocations() {
        return administeredLocations;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public boolean isActive() {
        return active;
    }

    public String getPersona() {
        return persona;
    }

    public Person getManager() {
        return manager;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }
}
