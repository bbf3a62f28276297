package org.partneracademy.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.partneracademy.catalog.CourseStatus;
import org.partneracademy.catalog.OfferingKind;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;

/**
 * Who may manage which sessions, decided in the queries: the vendor admin every session; a partner
 * admin the sessions their partner delivers (whatever locations they administer: sessions belong to
 * the partner, not to a location); anyone else none. Sessions outside the caller's reach are "not
 * found", like sessions that do not exist.
 */
@RequestScoped
public class SessionAccess {

    /** A JPQL condition on a session alias and its parameters (named {@code access...}). */
    public record Condition(String jpql, Map<String, Object> parameters) {

        public <Q extends Query> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    private Optional<Person> caller;

    /** The sessions the caller manages, as a condition on the {@link TrainingSession} alias given. */
    public Condition managedSessions(String session) {
        if (isVendorAdmin()) {
            return new Condition("1 = 1", Map.of());
        }
        var partnerId = administeredPartnerId();
        if (partnerId.isEmpty()) {
            return new Condition("1 = 0", Map.of());
        }
        return new Condition(session + ".deliveringPartner.id = :accessPartnerId", Map.of("accessPartnerId", partnerId.get()));
    }

    /**
     * The sessions the caller may enroll in, as a condition on the {@link TrainingSession} alias given:
     * the one "open session" rule of the learners' list, calendar and REST search. Open: scheduled, of
     * a published course, enrollment not closed at {@code now}, and either a public offering or a
     * private or onsite class with seats allocated to the caller's partner.
     */
    public Condition openSessions(String session, Instant now) {
        Long partnerId = callerPartnerId();
        return new Condition(session + ".status = :openScheduled and " + session + ".offering.course.status = :openPublished"
                + " and " + session + ".enrollmentClosesAt > :openNow and (" + session + ".offering.kind = :openPublic"
                + " or exists (select 1 from TrainingSession openSession join openSession.allocations openAllocation"
                + " where openSession = " + session + " and key(openAllocation) = :openPartnerId))",
                Map.of("openScheduled", SessionStatus.SCHEDULED, "openPublished", CourseStatus.PUBLISHED, "openNow", now,
                        "openPublic", OfferingKind.PUBLIC, "openPartnerId", partnerId == null ? -1L : partnerId));
    }

    /** The partner whose sessions a partner admin manages; empty for everyone else. */
    public Optional<Long> administeredPartnerId() {
        if (!currentUser.hasRole(Role.PARTNER_ADMIN)) {
            return Optional.empty();
        }
        return caller().map(Person::getPartner).map(p -> p.getId());
    }

    /** The caller's partner (null for the vendor's staff), e.g. to show learners their partner's sessions. */
    public Long callerPartnerId() {
        return caller().map(Person::getPartner).map(p -> p.getId()).orElse(null);
    }

    public Person callerPerson() {
        return caller().orElseThrow(() -> new NotFoundException("Person", currentUser.username()));
    }

    public boolean isVendorAdmin() {
        return currentUser.hasRole(Role.VENDOR_ADMIN);
    }

    public String username() {
        return currentUser.username();
    }

    private Optional<Person> caller() {
        if (caller == null) {
            caller = em.createQuery("select p from Person p left join fetch p.partner where p.username = :username", Person.class)
                    .setParameter("username", currentUser.username())
                    .getResultStream().findFirst();
        }
        return caller;
    }
}
