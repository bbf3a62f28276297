package org.partneracademy.trainer.authorisation;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;
import org.partneracademy.catalog.Course;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.trainer.AuthorisationStatus;
import org.partneracademy.trainer.GrantedVia;
import org.partneracademy.trainer.ReauthorisationNeeded;
import org.partneracademy.trainer.TrainerAuthorisation;
import org.partneracademy.trainer.TrainerCandidacy;
import org.partneracademy.trainer.authorisation.workflow.AuthorisationProcess;

/**
 * The state changes of authorisations that need no caller's permission of their own: granting (after
 * the caller's rights were checked, or on a passed panel), renewal by deliveries, expiry and the request
 * for a new observed delivery. Each change writes its {@link AuthorisationEvent}. Runs in the caller's
 * transaction (a service, an observer or a process delegate).
 *
 * <p>Rules: one current (ACTIVE or SUSPENDED) authorisation per trainer and course family; a new grant
 * supersedes the current one of an older (or the same) major version and ends its process.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class AuthorisationLifecycle {

    private static final Logger LOG = Logger.getLogger(AuthorisationLifecycle.class.getName());

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    AcademyClock clock;

    @Inject
    AuthorisationProcess process;

    @Inject
    Event<ReauthorisationNeeded> reauthorisationNeeded;

    /** When the process looks at the deliveries: {@value RenewalTerms#CHECK_DAYS_BEFORE_EXPIRY} days before the expiry. */
    public static Instant renewalCheckAt(Instant expiresAt) {
        return expiresAt.minus(Duration.ofDays(RenewalTerms.CHECK_DAYS_BEFORE_EXPIRY));
    }

    /**
     * Grants a new ACTIVE authorisation for the course's family and major version, valid for the delivery
     * standard's months, superseding the trainer's current one of the family, and starts its process.
     */
    TrainerAuthorisation grant(Person trainer, Course course, GrantedVia via, Long candidacyId, String actor, String reason) {
        var now = clock.instant();
        em.createQuery("""
                        select a from TrainerAuthorisation a where a.trainer = :trainer and a.courseCode = :code
                        and a.status in :current""", TrainerAuthorisation.class)
                .setParameter("trainer", trainer).setParameter("code", course.getCode())
                .setParameter("current", AuthorisationStatus.CURRENT)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(old -> {
                    old.changeStatus(AuthorisationStatus.SUPERSEDED);
                    record(old, AuthorisationEventType.SUPERSEDED, actor, "Superseded by a new authorisation for "
                            + course.getCode() + " " + course.getVersionMajor() + ".x");
                    em.flush();
                    process.ended(old.getId());
                });
        var terms = RenewalTerms.of(em, course.getCode());
        var expiresAt = now.atOffset(ZoneOffset.UTC).plusMonths(terms.validityMonths()).toInstant();
        var authorisation = new TrainerAuthorisation(trainer, course, via, candidacyId, now, expiresAt);
        em.persist(authorisation);
        em.flush();
        record(authorisation, AuthorisationEventType.GRANTED, actor, reason);
        process.start(authorisation.getId(), renewalCheckAt(expiresAt), expiresAt);
        return authorisation;
    }

    /** A candidacy passed its panel: the trainer is authorised and the candidacy points at it. */
    public void grantOnPanel(long candidacyId, long trainerId, long courseId) {
        var candidacy = em.find(TrainerCandidacy.class, candidacyId);
        var trainer = em.find(Person.class, trainerId);
        var course = em.find(Course.class, courseId);
        var authorisation = grant(trainer, course, GrantedVia.PANEL, candidacyId, AuthorisationEvent.SYSTEM,
                "The panel of candidacy " + candidacyId + " passed the trainer");
        if (candidacy != null) {
            candidacy.authorised(authorisation.getId());
        }
    }

    /**
     * The renewal check: an ACTIVE authorisation with enough good deliveries since it was granted or last
     * renewed gets a new expiry (validity months from the current one) and a RENEWED event.
     *
     * @return the new expiry, or empty when it is not renewed
     */
    public Optional<Instant> renewByDeliveries(long authorisationId) {
        var a = em.find(TrainerAuthorisation.class, authorisationId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || a.getStatus() != AuthorisationStatus.ACTIVE) {
            return Optional.empty();
        }
        var terms = RenewalTerms.of(em, a.getCourseCode());
        var since = em.createQuery("""
                        select max(e.occurredAt) from AuthorisationEvent e where e.authorisationId = :id
                        and e.event in :starts""", Instant.class)
                .setParameter("id", authorisationId)
                .setParameter("starts", java.util.List.of(AuthorisationEventType.GRANTED, AuthorisationEventType.RENEWED,
                        AuthorisationEventType.REINSTATED))
                .getSingleResult();
        var now = clock.instant();
        long good = GoodDeliveries.count(em, a.getTrainer().getId(), a.getCourseCode(), a.getVersionMajor(),
                since == null ? a.getGrantedAt() : since, now, terms.renewalMinRating());
        if (good < terms.renewalDeliveries()) {
            LOG.fine(() -> "Authorisation " + authorisationId + ": " + good + " good deliveries, not renewed");
            return Optional.empty();
        }
        var newExpiry = a.getExpiresAt().atOffset(ZoneOffset.UTC).plusMonths(terms.validityMonths()).toInstant();
        a.extendTo(newExpiry);
        record(a, AuthorisationEventType.RENEWED, AuthorisationEvent.SYSTEM, good + " deliveries rated "
                + terms.renewalMinRating() + " or better; now valid until " + newExpiry);
        return Optional.of(newExpiry);
    }

    /** Not enough good deliveries: the trainer must be observed again before the authorisation expires. */
    public void reauthorisationForLackOfDeliveries(long authorisationId) {
        var a = em.find(TrainerAuthorisation.class, authorisationId);
        if (a == null || !AuthorisationStatus.CURRENT.contains(a.getStatus())) {
            return;
        }
        var terms = RenewalTerms.of(em, a.getCourseCode());
        String reason = "Fewer than " + terms.renewalDeliveries() + " deliveries rated " + terms.renewalMinRating()
                + " or better before the expiry on " + a.getExpiresAt();
        reauthorisation(a, a.getCourse().getId(), reason);
    }

    /** Records the request and tells the candidacy feature ({@link ReauthorisationNeeded}). */
    void reauthorisation(TrainerAuthorisation a, long courseId, String reason) {
        record(a, AuthorisationEventType.REAUTHORISATION_OPENED, AuthorisationEvent.SYSTEM, reason);
        reauthorisationNeeded.fire(new ReauthorisationNeeded(a.getId(), a.getTrainer().getId(), courseId, reason));
    }

    /** The expiry timer fired: a current authorisation whose date has come expires. */
    public void expire(long authorisationId) {
        var a = em.find(TrainerAuthorisation.class, authorisationId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || !AuthorisationStatus.CURRENT.contains(a.getStatus()) || a.getExpiresAt().isAfter(clock.instant())) {
            return;
        }
        a.changeStatus(AuthorisationStatus.EXPIRED);
        record(a, AuthorisationEventType.EXPIRED, AuthorisationEvent.SYSTEM, "Valid until " + a.getExpiresAt());
    }

    void record(TrainerAuthorisation a, AuthorisationEventType type, String actor, String reason) {
        em.persist(new AuthorisationEvent(a.getId(), type, actor, reason, clock.instant()));
    }
}
