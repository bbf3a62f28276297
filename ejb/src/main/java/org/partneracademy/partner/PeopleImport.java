package org.partneracademy.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partneracademy.platform.error.RejectedRowsException;
import org.partneracademy.platform.error.RejectedRowsException.RowError;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.persistence.UniqueKeyViolation;
import org.partneracademy.platform.security.PasswordHasher;
import org.partneracademy.platform.security.Role;

/**
 * Adds many people from a CSV file ({@link PeopleCsv}) to the caller's partner (a location admin: to
 * their locations only, {@link PartnerScope}), all or nothing: every
 * row is checked with the same validation and rules as adding one person, every problem of every row
 * is reported, and only a file without problems is written, in one transaction. Passwords are hashed
 * only once the whole file is known to be good, since hashing is the expensive part.
 */
@Stateless
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
public class PeopleImport {

    /** Validation speaks of the record's fields; the file's user knows its columns. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("locationIds", "locations", "managerId", "manager");

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Event<PeopleJoined> joined;

    @Inject
    PartnerScope scope;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    Validator validator;

    private record Candidate(NewPerson person, Person manager, Set<PartnerLocation> locations) {
    }

    public PeopleImportResult importCsv(@NotNull byte[] csv, @Positive Long partnerId) {
        var partner = scope.administeredPartner(partnerId);
        var rows = PeopleCsv.parse(csv);
        boolean locationAdmin = scope.isLocationAdmin();
        var locationsByName = partnerLocations(partner);
        var colleagues = activeColleagues(partner);
        var takenUsernames = existing("username", rows, "username");
        var takenEmails = existing("email", rows, "email");

        var errors = new ArrayList<RowError>();
        var candidates = new ArrayList<Candidate>();
        var usernamesInFile = new HashMap<String, Integer>();
        var emailsInFile = new HashMap<String, Integer>();
        for (var row : rows) {
            var rowErrors = new ArrayList<RowError>();
            var position = parse(row, "position", Position::valueOf, rowErrors);
            var roles = new LinkedHashSet<Role>();
            row.list("roles").forEach(role -> roles.add(parseValue(row, "roles", role, Role::valueOf, rowErrors)));
            roles.remove(null);
            if (locationAdmin && roles.contains(Role.PARTNER_ADMIN)) {
                rowErrors.add(new RowError(row.number(), "roles", "only an admin of the whole partner can make someone a partner admin"));
            }
            var locations = new HashSet<PartnerLocation>();
            for (String name : row.list("locations")) {
                var location = locationsByName.get(name);
                if (location == null) {
                    // A location outside a location admin's scope reads exactly like one that does not exist.
                    rowErrors.add(new RowError(row.number(), "locations", "no location named \"" + name + "\" among "
                            + (locationAdmin ? "the locations you administer" : partner.getName() + "'s locations")));
                } else {
                    locations.add(location);
                }
            }
            Person manager = null;
            if (row.get("manager") != null) {
                manager = colleagues.get(row.get("manager"));
                if (manager == null) {
                    rowErrors.add(new RowError(row.number(), "manager", "no active person \"" + row.get("manager") + "\" among "
                            + (locationAdmin ? "the people you administer" : partner.getName() + "'s people")));
                }
            }
            var person = new NewPerson(null, row.get("username"), row.get("displayName"), row.get("email"), position,
                    row.get("persona"), manager == null ? null : manager.getId(),
                    locations.stream().map(PartnerLocation::getId).collect(Collectors.toSet()), roles,
                    row.get("initialPassword"));
            // A column already reported (e.g. an unknown location) is not reported again as "must not be empty".
            var reported = rowErrors.stream().map(RowError::column).collect(Collectors.toSet());
            validator.validate(person).stream()
                    .map(v -> new RowError(row.number(),
                            COLUMN_OF_FIELD.getOrDefault(v.getPropertyPath().toString(), v.getPropertyPath().toString()),
                            v.getMessage()))
                    .filter(error -> !reported.contains(error.column()))
                    .forEach(rowErrors::add);
            checkUnique(row, "username", person.username(), takenUsernames, usernamesInFile, rowErrors);
            checkUnique(row, "email", person.email(), takenEmails, emailsInFile, rowErrors);
            if (rowErrors.isEmpty()) {
                try {
                    Person.checkPartnerEmployee(partner, position, manager, locations, roles);
                    candidates.add(new Candidate(person, manager, locations));
                } catch (RuleViolationException broken) {
                    rowErrors.add(new RowError(row.number(), "row", broken.getMessage()));
                }
            }
            errors.addAll(rowErrors);
        }
        if (!errors.isEmpty()) {
            throw new RejectedRowsException(errors);
        }
        return new PeopleImportResult(candidates.size(), persist(partner, candidates));
    }

    private List<PersonView> persist(Partner partner, List<Candidate> candidates) {
        var created = new ArrayList<Person>();
        for (var candidate : candidates) {
            var p = candidate.person();
            var person = Person.partnerEmployee(partner, p.username(), passwordHasher.hash(p.initialPassword().toCharArray()),
                    p.displayName(), p.email(), p.position(), p.persona(), candidate.manager(), candidate.locations(), p.roles());
            em.persist(person);
            created.add(person);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                throw RejectedRowsException.ofFile("A user name or e-mail address of the file was taken a moment ago; nothing was imported");
            }
            throw e;
        }
        joined.fire(new PeopleJoined(created.stream().map(Person::getId).toList()));
        return created.stream().map(PersonView::of).toList();
    }

    /** The partner's locations the caller administers, by name: the only names a row may use. */
    private Map<String, PartnerLocation> partnerLocations(Partner partner) {
        var inScope = scope.administeredLocations("l");
        return inScope.bind(em.createQuery("select l from PartnerLocation l where l.partner = :partner and " + inScope.jpql(),
                        PartnerLocation.class))
                .setParameter("partner", partner).getResultStream()
                .collect(Collectors.toMap(PartnerLocation::getName, Function.identity()));
    }

    /** The partner's active people the caller administers: the only managers a row may name. */
    private Map<String, Person> activeColleagues(Partner partner) {
        var inScope = scope.administeredPeople("p");
        return inScope.bind(em.createQuery("select p from Person p where p.partner = :partner and p.active = true and "
                        + inScope.jpql(), Person.class))
                .setParameter("partner", partner).getResultStream()
                .collect(Collectors.toMap(Person::getUsername, Function.identity()));
    }

    /** Which of the file's values already belong to someone, in one query per column. */
    private Set<String> existing(String attribute, List<PeopleCsv.Row> rows, String column) {
        var values = rows.stream().map(row -> row.get(column)).filter(v -> v != null).collect(Collectors.toSet());
        if (values.isEmpty()) {
            return Set.of();
        }
        // attribute is one of this class's constants, never input.
        return Set.copyOf(em.createQuery("select p." + attribute + " from Person p where p." + attribute + " in :values", String.class)
                .setParameter("values", values).getResultList());
    }

    private static void checkUnique(PeopleCsv.Row row, String column, String value, Set<String> taken,
            Map<String, Integer> seen, List<RowError> rowErrors) {
        if (value == null) {
            return;
        }
        if (taken.contains(value)) {
            rowErrors.add(new RowError(row.number(), column, "\"" + value + "\" already belongs to someone"));
        }
        Integer earlier = seen.putIfAbsent(value, row.number());
        if (earlier != null) {
            rowErrors.add(new RowError(row.number(), column, "\"" + value + "\" is also in row " + earlier));
        }
    }

    private static <T> T parse(PeopleCsv.Row row, String column, Function<String, T> parser, List<RowError> errors) {
        return row.get(column) == null ? null : parseValue(row, column, row.get(column), parser, errors);
    }

    /** Enum values as written in the file: "Sales rep", "SALES_REP" and "sales-rep" all mean SALES_REP. */
    private static <T> T parseValue(PeopleCsv.Row row, String column, String value, Function<String, T> parser,
            List<RowError> errors) {
        try {
            return parser.apply(value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            errors.add(new RowError(row.number(), column, "unknown value \"" + value + "\""));
            return null;
        }
    }
}
