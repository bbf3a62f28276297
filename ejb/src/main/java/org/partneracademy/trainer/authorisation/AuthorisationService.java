package org.partneracademy.trainer.authorisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partneracademy.catalog.Course;
import org.partneracademy.catalog.CourseFormat;
import org.partneracademy.catalog.CourseStatus;
import org.partneracademy.partner.PartnerScope;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.ForbiddenException;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.trainer.AuthorisationStatus;
import org.partneracademy.trainer.GrantedVia;
import org.partneracademy.trainer.TrainerAuthorisation;
import org.partneracademy.trainer.authorisation.workflow.AuthorisationProcess;

/**
 * Granting, suspending, reinstating, revoking and reading trainer authorisations.
 *
 * <p>Who may do what: the vendor admin grants directly (with a reason: onboarding instructors who taught
 * before the academy existed); training leaders and the vendor admin suspend, reinstate and revoke, always
 * with a reason, but never an authorisation of their own nor one of a trainer of their own partner
 * organisation (segregation of duties, 403). Vendor admin and leaders read every authorisation; a partner
 * admin reads those of the people they administer ({@link PartnerScope}; others are "not found"); a
 * trainer reads their own.
 */
@Stateless
public class AuthorisationService {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    AuthorisationLifecycle lifecycle;

    @Inject
    AuthorisationProcess process;

    @Inject
    PartnerScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    AcademyClock clock;

    /**
     * A direct grant for the course version's family and major. Refused: the person is no active trainer
     * or the course is not a published instructor-led course (400 naming the field), a current
     * authorisation for that family and major exists (409).
     */
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public AuthorisationView grant(@NotNull @Valid GrantRequest request) {
        var trainer = em.find(Person.class, request.trainerId());
        if (trainer == null || !trainer.isActive() || !trainer.getRoles().contains(Role.TRAINER)) {
            throw InvalidFieldsException.of("trainerId", "person " + request.trainerId() + " is not an active trainer");
        }
        var course = em.find(Course.class, request.courseId());
        if (course == null) {
            throw InvalidFieldsException.of("courseId", "no such course");
        }
        if (course.getFormat() == CourseFormat.SELF_PACED || course.getStatus() != CourseStatus.PUBLISHED) {
            throw InvalidFieldsException.of("courseId", course.getCode() + " " + course.getVersionLabel()
                    + " is not a published instructor-led course");
        }
        long current = em.createQuery("""
                        select count(a) from TrainerAuthorisation a where a.trainer = :trainer and a.courseCode = :code
                        and a.versionMajor = :major and a.status in :current""", Long.class)
                .setParameter("trainer", trainer).setParameter("code", course.getCode())
                .setParameter("major", course.getVersionMajor()).setParameter("current", AuthorisationStatus.CURRENT)
                .getSingleResult();
        if (current > 0) {
            throw new ConflictException(trainer.getDisplayName() + " is already authorised for " + course.getCode() + " "
                    + course.getVersionMajor() + ".x");
        }
        var granted = lifecycle.grant(trainer, course, GrantedVia.DIRECT, null, currentUser.username(),
                request.reason().strip());
        return view(granted, true);
    }

    /**
     * ACTIVE → SUSPENDED: the trainer may not lead sessions until reinstated. The timers keep running, and a
     * renewal check that finds it suspended does not renew it (a new observed delivery is asked for).
     */
    @RolesAllowed({Role.Names.TRAINING_LEADER, Role.Names.VENDOR_ADMIN})
    public AuthorisationView suspend(long id, @NotNull @Valid ReasonRequest request) {
        var a = actedOn(id);
        if (a.getStatus() != AuthorisationStatus.ACTIVE) {
            throw new RuleViolationException("Only an active authorisation can be suspended; this one is " + a.getStatus());
        }
        a.changeStatus(AuthorisationStatus.SUSPENDED);
        lifecycle.record(a, AuthorisationEventType.SUSPENDED, currentUser.username(), request.reason().strip());
        return view(a, true);
    }

    /** SUSPENDED → ACTIVE, unless it has run out meanwhile (then a new authorisation is needed). */
    @RolesAllowed({Role.Names.TRAINING_LEADER, Role.Names.VENDOR_ADMIN})
    public AuthorisationView reinstate(long id, @NotNull @Valid ReasonRequest request) {
        var a = actedOn(id);
        if (a.getStatus() != AuthorisationStatus.SUSPENDED) {
            throw new RuleViolationException("Only a suspended authorisation can be reinstated; this one is " + a.getStatus());
        }
        if (!a.getExpiresAt().isAfter(clock.instant())) {
            throw new RuleViolationException("The authorisation ran out on " + a.getExpiresAt() + "; it cannot be reinstated");
        }
        a.changeStatus(AuthorisationStatus.ACTIVE);
        lifecycle.record(a, AuthorisationEventType.REINSTATED, currentUser.username(), request.reason().strip());
        return view(a, true);
    }

    /** ACTIVE or SUSPENDED → REVOKED, for good; the process and its timers end. */
    @RolesAllowed({Role.Names.TRAINING_LEADER, Role.Names.VENDOR_ADMIN})
    public AuthorisationView revoke(long id, @NotNull @Valid ReasonRequest request) {
        var a = actedOn(id);
        if (!AuthorisationStatus.CURRENT.contains(a.getStatus())) {
            throw new RuleViolationException("The authorisation is " + a.getStatus() + " already");
        }
        a.changeStatus(AuthorisationStatus.REVOKED);
        lifecycle.record(a, AuthorisationEventType.REVOKED, currentUser.username(), request.reason().strip());
        em.flush();
        process.ended(a.getId());
        return view(a, true);
    }

    /** Authorisations the caller may read, newest first; filters: trainer, course family code, status. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.PARTNER_ADMIN})
    public List<AuthorisationView> list(Long trainerId, String courseCode, AuthorisationStatus status) {
        var jpql = new StringBuilder("select a from TrainerAuthorisation a join a.trainer t where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!seesEveryone()) {
            var condition = scope.administeredPeople("t");
            jpql.append(" and ").append(condition.jpql());
            parameters.putAll(condition.parameters());
        }
        if (trainerId != null) {
            jpql.append(" and t.id = :trainerId");
            parameters.put("trainerId", trainerId);
        }
        if (courseCode != null && !courseCode.isBlank()) {
            jpql.append(" and a.courseCode = :code");
            parameters.put("code", courseCode.strip());
        }
        if (status != null) {
            jpql.append(" and a.status = :status");
            parameters.put("status", status);
        }
        var query = em.createQuery(jpql.append(" order by a.grantedAt desc, a.id desc").toString(), TrainerAuthorisation.class);
        parameters.forEach(query::setParameter);
        var now = clock.instant();
        return query.setMaxResults(500).getResultList().stream().map(a -> AuthorisationView.of(a, now, List.of())).toList();
    }

    /** One authorisation with its audit trail, oldest event first. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.PARTNER_ADMIN})
    public AuthorisationView authorisation(long id) {
        return view(readable(id), true);
    }

    /** The caller's own authorisations: the courses they may deliver, and until when. */
    @RolesAllowed(Role.Names.TRAINER)
    public List<AuthorisationView> mine() {
        var now = clock.instant();
        return em.createQuery("""
                        select a from TrainerAuthorisation a join a.trainer t
                        where t.username = :me order by a.courseCode, a.versionMajor desc, a.grantedAt desc""",
                        TrainerAuthorisation.class)
                .setParameter("me", currentUser.username())
                .getResultList().stream().map(a -> AuthorisationView.of(a, now, List.of())).toList();
    }

    /** The active trainers of every partner and the vendor, for the direct grant form. */
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public List<Choice> trainerChoices() {
        return em.createQuery("""
                        select p from Person p left join fetch p.partner where :trainer member of p.roles
                        and p.deactivatedAt is null order by p.displayName""", Person.class)
                .setParameter("trainer", Role.TRAINER).getResultList().stream()
                .map(p -> new Choice(p.getId(), p.getDisplayName() + " (" + (p.getPartner() == null ? "Vendor"
                        : p.getPartner().getName()) + ")"))
                .toList();
    }

    /** The published instructor-led course versions, for the direct grant form. */
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    public List<Choice> courseChoices() {
        return em.createQuery("""
                        select c from Course c where c.status = :published and c.format <> :selfPaced
                        order by c.code""", Course.class)
                .setParameter("published", CourseStatus.PUBLISHED).setParameter("selfPaced", CourseFormat.SELF_PACED)
                .getResultList().stream()
                .map(c -> new Choice(c.getId(), c.getCode() + " " + c.getVersionLabel() + " – " + c.getTitle()))
                .toList();
    }

    private AuthorisationView view(TrainerAuthorisation a, boolean withEvents) {
        List<AuthorisationEventView> events = withEvents ? em.createQuery("""
                        select e from AuthorisationEvent e where e.authorisationId = :id order by e.occurredAt, e.id""",
                        AuthorisationEvent.class)
                .setParameter("id", a.getId()).getResultList().stream().map(AuthorisationEventView::of).toList() : List.of();
        return AuthorisationView.of(a, clock.instant(), events);
    }

    /** An authorisation the caller may read, else "not found". */
    private TrainerAuthorisation readable(long id) {
        var a = em.find(TrainerAuthorisation.class, id);
        if (a == null) {
            throw new NotFoundException("Trainer authorisation", id);
        }
        if (!seesEveryone()) {
            var condition = scope.administeredPeople("p");
            boolean administered = condition.bind(em.createQuery("select count(p) from Person p where p.id = :id and "
                            + condition.jpql(), Long.class)).setParameter("id", a.getTrainer().getId()).getSingleResult() > 0;
            if (!administered) {
                throw new NotFoundException("Trainer authorisation", id);
            }
        }
        return a;
    }

    /**
     * The authorisation a leader or the vendor admin changes, locked; segregation of duties: nobody acts
     * on their own authorisation or on one of a trainer from their own partner organisation.
     */
    private TrainerAuthorisation actedOn(long id) {
        var a = em.find(TrainerAuthorisation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new NotFoundException("Trainer authorisation", id);
        }
        var me = em.createQuery("select p from Person p left join fetch p.partner where p.username = :u", Person.class)
                .setParameter("u", currentUser.username()).getSingleResult();
        var trainer = a.getTrainer();
        if (me.getId().equals(trainer.getId())) {
            throw new ForbiddenException("You cannot act on your own authorisation");
        }
        if (me.getPartner() != null && trainer.getPartner() != null
                && me.getPartner().getId().equals(trainer.getPartner().getId())) {
            throw new ForbiddenException("Segregation of duties: " + trainer.getDisplayName() + " works for "
                    + trainer.getPartner().getName() + ", your own partner organisation");
        }
        return a;
    }

    private boolean seesEveryone() {
        return currentUser.hasRole(Role.VENDOR_ADMIN) || currentUser.hasRole(Role.TRAINING_LEADER);
    }
}
