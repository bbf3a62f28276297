package org.partneracademy.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.partneracademy.certification.workflow.CertificationProcess;
import org.partneracademy.partner.PartnerScope;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;

/**
 * Assigning certifications, reading them, revoking them. Who may do what: the vendor admin assigns to
 * anyone and revokes; a partner admin assigns to and reads the people they administer ({@link PartnerScope});
 * a learner assigns themselves a definition meant for their position and reads their own. Anyone
 * outside the caller's scope is "not found".
 */
@Stateless
@RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
public class Certifications {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    PartnerScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    CertificationLifecycle lifecycle;

    @Inject
    CertificationViews views;

    @Inject
    CertificationProcess process;

    @Inject
    AcademyClock clock;

    /**
     * Assigns an ACTIVE definition to each person named (or the caller) and starts each one's process.
     * Work already done counts at once for the original path. A person who already has it is refused
     * (409), unless it was revoked: then it starts over in a new cycle.
     */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN, Role.Names.LEARNER})
    public List<CertificationView> assign(@NotNull @Valid AssignRequest request) {
        var definition = em.find(CertificationDefinition.class, request.definitionId());
        if (definition == null) {
            throw new NotFoundException("Certification definition", request.definitionId());
        }
        if (definition.getStatus() != DefinitionStatus.ACTIVE) {
            throw new RuleViolationException("Certification " + definition.getName() + " is " + definition.getStatus()
                    + ": only active definitions are assigned");
        }
        var me = me();
        var learnerIds = request.learnerIds() == null || request.learnerIds().isEmpty() ? List.of(me.getId())
                : List.copyOf(new LinkedHashSet<>(request.learnerIds()));
        List<Certification> assigned = new ArrayList<>();
        for (long learnerId : learnerIds) {
            var learner = learnerId == me.getId() && !administers(learnerId) ? selfAssignable(me, definition)
                    : administered(learnerId);
            assigned.add(assignOne(definition, learner, me, learnerId == me.getId()));
        }
        em.flush();
        assigned.forEach(c -> {
            lifecycle.recordEvidence(c.getId());
            c.attachProcess(process.start(c.getId()));
        });
        return assigned.stream().map(views::view).toList();
    }

    private Certification assignOne(CertificationDefinition definition, Person learner, Person me, boolean self) {
        var cause = self ? EventCause.LEARNER : EventCause.ADMIN;
        var existing = em.createQuery("select c from Certification c where c.definition = :d and c.learner = :l",
                        Certification.class).setParameter("d", definition).setParameter("l", learner)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            var certification = lifecycle.locked(existing.get().getId());
            if (certification.getStatus() != CertificationStatus.REVOKED) {
                throw new ConflictException(learner.getDisplayName() + " already has certification " + definition.getName()
                        + " (" + certification.getStatus() + ")");
            }
            var before = certification.getStatus();
            certification.reassign(me.getId(), clock.now());
            lifecycle.assigned(certification, EventType.REASSIGNED, cause, me.getId(), before);
            return certification;
        }
        var certification = new Certification(definition, learner, me.getId(), clock.now());
        em.persist(certification);
        em.flush();
        lifecycle.assigned(certification, EventType.ASSIGNED, cause, me.getId(), null);
        return certification;
    }

    /** Assigns to people named by user name (the pages' form); the same rules as {@link #assign}. */
    public List<CertificationView> assignByUsername(long definitionId, List<String> usernames) {
        List<Long> ids = new ArrayList<>();
        for (String username : usernames) {
            // Someone outside the caller's scope reads exactly like someone who does not exist.
            ids.add(em.createQuery("select p.id from Person p where p.username = :u", Long.class)
                    .setParameter("u", username.strip()).getResultStream().findFirst()
                    .filter(this::administers)
                    .orElseThrow(() -> new NotFoundException("Person", username.strip())));
        }
        return assign(new AssignRequest(definitionId, ids));
    }

    /** Active definitions for the caller's position that they do not hold yet (value: the definition id). */
    @RolesAllowed(Role.Names.LEARNER)
    public List<TargetOption> assignableToMe() {
        var me = me();
        return em.createQuery("""
                        select d from CertificationDefinition d where d.status = :active and :position member of d.positions
                        and not exists (select c from Certification c where c.definition = d and c.learner = :me)
                        order by d.level, d.name""", CertificationDefinition.class)
                .setParameter("active", DefinitionStatus.ACTIVE).setParameter("position", me.getPosition())
                .setParameter("me", me).getResultList().stream()
                .map(d -> new TargetOption(String.valueOf(d.getId()), d.getName()
                        + (d.getLevelName() == null ? "" : " (" + d.getLevelName() + ")"))).toList();
    }

    /** Certifications of the people the caller administers, optionally filtered. */
    public List<CertificationView> list(CertificationStatus status, Long definitionId, Long learnerId) {
        var condition = scope.administeredPeople("p");
        var query = condition.bind(em.createQuery("""
                select c from Certification c join c.learner p join c.definition d
                where (:status is null or c.status = :status) and (:definition is null or d.id = :definition)
                and (:learner is null or p.id = :learner) and """ + " " + condition.jpql()
                + " order by p.displayName, d.level, d.name", Certification.class));
        return query.setParameter("status", status).setParameter("definition", definitionId)
                .setParameter("learner", learnerId).setMaxResults(500).getResultList().stream().map(views::view).toList();
    }

    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN, Role.Names.LEARNER})
    public CertificationView certification(long id) {
        return views.view(visible(id));
    }

    /** The caller's own certifications with their transcripts. */
    @RolesAllowed(Role.Names.LEARNER)
    public List<CertificationView> mine() {
        return transcriptOf(me());
    }

    /** A person's transcript: every certification with every cycle; the person themselves or whoever administers them. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN, Role.Names.LEARNER})
    public List<CertificationView> transcript(long personId) {
        var me = me();
        return transcriptOf(personId == me.getId() ? me : administered(personId));
    }

    /** Revokes at once, with a reason; a revoked certification cannot be revoked again (409, nothing changes). */
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public CertificationView revoke(long id, @NotNull @Valid RevocationRequest request) {
        var certification = lifecycle.locked(id);
        lifecycle.revoke(certification, me().getId(), request.reason().strip());
        process.revoked(id);
        return views.view(certification);
    }

    /**
     * A vendor admin confirms a requirement of the current cycle (a performance figure) as met; one already
     * met, or not counting in the certification's state, is a conflict (409).
     */
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public CertificationView confirm(long id, long requirementId, @NotNull @Valid ConfirmationRequest request) {
        var certification = lifecycle.locked(id);
        certification.getDefinition().getPaths().stream().flatMap(p -> p.getRequirements().stream())
                .filter(r -> r.getId() == requirementId).findFirst()
                .orElseThrow(() -> new NotFoundException("Requirement of certification " + id, requirementId));
        var requirement = lifecycle.candidatePaths(certification).stream().flatMap(p -> p.getRequirements().stream())
                .filter(r -> r.getId() == requirementId).findFirst();
        if (requirement.isEmpty() || lifecycle.metIds(certification).contains(requirementId)) {
            throw new ConflictException("Requirement " + requirementId + " is already met or does not count now ("
                    + certification.getStatus() + ")");
        }
        lifecycle.confirm(certification, requirement.get(), me().getId(), request.note().strip());
        process.requirementMet(id);
        return views.view(certification);
    }

    private List<CertificationView> transcriptOf(Person person) {
        return em.createQuery("""
                        select c from Certification c join c.definition d where c.learner = :p order by d.level, d.name""",
                        Certification.class).setParameter("p", person).getResultList().stream().map(views::view).toList();
    }

    private Certification visible(long id) {
        var certification = em.find(Certification.class, id);
        if (certification == null) {
            throw new NotFoundException("Certification", id);
        }
        var me = me();
        if (certification.getLearner().getId().equals(me.getId())) {
            return certification;
        }
        administered(certification.getLearner().getId());
        return certification;
    }

    private boolean administers(long personId) {
        if (!currentUser.hasRole(Role.PARTNER_ADMIN) && !currentUser.hasRole(Role.VENDOR_ADMIN)) {
            return false;
        }
        var condition = scope.administeredPeople("p");
        return !condition.bind(em.createQuery("select p.id from Person p where p.id = :id and " + condition.jpql(), Long.class))
                .setParameter("id", personId).getResultList().isEmpty();
    }

    private Person administered(long personId) {
        if (!administers(personId)) {
            throw new NotFoundException("Person", personId);
        }
        return em.find(Person.class, personId);
    }

    private Person selfAssignable(Person me, CertificationDefinition definition) {
        if (!currentUser.hasRole(Role.LEARNER)) {
            throw new NotFoundException("Person", me.getId());
        }
        if (me.getPosition() == null || !definition.getPositions().contains(me.getPosition())) {
            throw new RuleViolationException("Certification " + definition.getName() + " is not meant for your position ("
                    + me.getPosition() + ")");
        }
        return me;
    }

    private Person me() {
        return em.createQuery("select p from Person p where p.username = :u", Person.class)
                .setParameter("u", currentUser.username()).getSingleResult();
    }
}
