package org.partneracademy.certification;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partneracademy.notification.NotificationKind;
import org.partneracademy.notification.Notifier;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;

/**
 * The steps of a certification's life, each called by one task of the {@code certification} process (or
 * by the requirement observers), each idempotent: a step that finds the certification no longer in the
 * state it acts on does nothing, so a job run twice changes nothing twice. Every change takes the row
 * lock of the certification first, writes a {@link CertificationEvent} with its cause and fires
 * {@link CertificationStatusChanged} (and {@link CertificationIssued} for a certificate).
 *
 * <p>Which work counts: in the first cycle any work, also from before the assignment, for the original
 * path; in a recertification cycle (window open, expired in grace) only work since the window opened,
 * for any recertification path (the original one when there is none); after a lapse only work since the
 * lapse, for the original path. A definition that requires a lower level is earned only while the
 * learner holds that level.
 *
 * <p>It always runs in its caller's transaction: a process job, a certification service call or the
 * transaction that fired a completion or grading event.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class CertificationLifecycle {

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int CODE_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Evidence evidence;

    @Inject
    AcademyClock clock;

    @Inject
    Notifier notifier;

    @Inject
    Event<CertificationIssued> issued;

    @Inject
    Event<CertificationStatusChanged> statusChanged;

    /**
     * Records every requirement of the current cycle that the data now shows as met (with what met it),
     * moving an assigned certification to IN_PROGRESS.
     *
     * @return whether anything new was met, i.e. whether the process should look again
     */
    public boolean recordEvidence(long certificationId) {
        var certification = locked(certificationId);
        var paths = candidatePaths(certification);
        if (paths.isEmpty()) {
            return false;
        }
        Set<Long> met = metIds(certification);
        Instant since = cycleStart(certification);
        boolean any = false;
        for (var path : paths) {
            for (var requirement : path.getRequirements()) {
                if (met.contains(requirement.getId())) {
                    continue;
                }
                var found = evidence.find(requirement, certification.getLearner().getId(), since);
                if (found.isPresent()) {
                    meet(certification, requirement, found.get().at(), found.get().cause(), found.get().causeRef(), null);
                    met.add(requirement.getId());
                    any = true;
                }
            }
        }
        return any;
    }

    /** A vendor admin confirms a performance figure (or any requirement) as met in the current cycle. */
    void confirm(Certification certification, CertificationRequirement requirement, Long adminId, String note) {
        meet(certification, requirement, clock.now(), EventCause.ADMIN, note, adminId);
    }

    private void meet(Certification certification, CertificationRequirement requirement, Instant at, EventCause cause,
            String causeRef, Long actorId) {
        em.persist(new RequirementMet(certification.getId(), certification.getCycleNo(), requirement.getId(), at, cause,
                causeRef));
        em.persist(new CertificationEvent(certification, clock.now(), EventType.REQUIREMENT_MET, cause, causeRef, actorId,
                new RequirementLabels(em).label(requirement)));
        var before = certification.getStatus();
        certification.startProgress();
        changed(certification, before);
    }

    /** The process asks: is a path of the current cycle complete (after recording what the data shows)? */
    public boolean isEarned(long certificationId) {
        recordEvidence(certificationId);
        return earnedPath(em.find(Certification.class, certificationId)).isPresent();
    }

    /**
     * Issues the certificate for the completed path: dates from {@link CertificationDates} (completion =
     * the last requirement met; previous expiry = the certificate it replaces), a random verification code,
     * the previous certificate superseded. Run again for a cycle already certified, it returns that
     * cycle's dates.
     */
    public CertificationDates.Dates certify(long certificationId) {
        var certification = locked(certificationId);
        var current = currentCertificate(certification);
        if (certification.getStatus().isCertified() && current.isPresent()
                && current.get().getCycleNo() == certification.getCycleNo()) {
            return datesOf(current.get());
        }
        var path = earnedPath(certification).orElseThrow(() -> new IllegalStateException(
                "Certification " + certificationId + " has no complete path to certify"));
        var metRows = metRows(certification);
        var last = path.getRequirements().stream().map(r -> metRows.get(r.getId()))
                .max(Comparator.comparing(RequirementMet::getMetAt)).orElseThrow();
        Instant previousExpiry = current.map(Certificate::getExpiresAt).orElse(null);
        var dates = CertificationDates.of(certification.getDefinition().rules(), last.getMetAt(), previousExpiry);
        current.ifPresent(Certificate::supersede);
        var before = certification.getStatus();
        boolean recertified = current.isPresent() && before.isRecertifying();
        var certificate = new Certificate(certification, newCode(), path.getId(), dates, clock.now());
        em.persist(certificate);
        certification.certify(dates);
        em.persist(new CertificationEvent(certification, clock.now(), recertified ? EventType.RECERTIFIED : EventType.CERTIFIED,
                last.getCause(), last.getCauseRef(), null, "Path " + path.getName() + "; certificate "
                + certificate.getVerificationCode() + (dates.expiresAt() == null ? ", never expires" : ", expires " + dates.expiresAt())));
        em.flush();
        issued.fire(new CertificationIssued(certification.getId(), certificate.getId(), certification.getLearner().getId(),
                certification.getDefinition().getId(), clock.now()));
        changed(certification, before);
        return dates;
    }

    /** The window timer fired: a recertification cycle begins; the learner and their partner admins are told. */
    public void openWindow(long certificationId, String timer) {
        var certification = locked(certificationId);
        if (certification.getStatus() != CertificationStatus.CERTIFIED) {
            return;
        }
        var before = certification.getStatus();
        certification.openWindow();
        em.persist(new CertificationEvent(certification, clock.now(), EventType.WINDOW_OPENED, EventCause.TIMER, timer, null,
                "Recertify before " + certification.getExpiresAt()));
        var learner = certification.getLearner();
        String title = "Recertification window open: " + certification.getDefinition().getName();
        notifier.notify(List.of(learner), NotificationKind.CERTIFICATION_WINDOW_OPEN, title,
                learner.getDisplayName() + "'s certification " + certification.getDefinition().getName() + " expires "
                        + certification.getExpiresAt() + ". Complete a recertification path before then.",
                "/learning/certifications.xhtml");
        notifier.notify(partnerAdminsOf(learner), NotificationKind.CERTIFICATION_WINDOW_OPEN, title,
                learner.getDisplayName() + "'s certification " + certification.getDefinition().getName() + " expires "
                        + certification.getExpiresAt() + ".", "/admin/certifications.xhtml");
        changed(certification, before);
    }

    /** The expiry timer fired: expired, within grace a recertification path still counts. */
    public void expire(long certificationId, String timer) {
        var certification = locked(certificationId);
        if (!certification.getStatus().isCertified()) {
            return;
        }
        var before = certification.getStatus();
        certification.expire();
        currentCertificate(certification).ifPresent(Certificate::expire);
        em.persist(new CertificationEvent(certification, clock.now(), EventType.EXPIRED, EventCause.TIMER, timer, null,
                certification.getGraceEndsAt() == null ? null : "Grace until " + certification.getGraceEndsAt()));
        changed(certification, before);
    }

    /** The grace timer fired: lapsed; a new cycle on the original path begins. */
    public void lapse(long certificationId, String timer) {
        var certification = locked(certificationId);
        if (certification.getStatus() != CertificationStatus.EXPIRED) {
            return;
        }
        var before = certification.getStatus();
        certification.lapse();
        em.persist(new CertificationEvent(certification, clock.now(), EventType.LAPSED, EventCause.TIMER, timer, null,
                "The original path again"));
        changed(certification, before);
    }

    void revoke(Certification certification, Long adminId, String reason) {
        var before = certification.getStatus();
        certification.revoke();
        currentCertificate(certification).filter(c -> c.getStatus() == CertificateStatus.VALID
                || c.getStatus() == CertificateStatus.EXPIRED).ifPresent(c -> c.revoke(adminId, reason, clock.now()));
        em.persist(new CertificationEvent(certification, clock.now(), EventType.REVOKED, EventCause.ADMIN,
                "person " + adminId, adminId, reason));
        changed(certification, before);
    }

    void assigned(Certification certification, EventType type, EventCause cause, Long actorId, CertificationStatus before) {
        em.persist(new CertificationEvent(certification, clock.now(), type, cause, actorId == null ? null : "person " + actorId,
                actorId, null));
        changed(certification, before);
    }

    Certification locked(long certificationId) {
        var certification = em.find(Certification.class, certificationId, LockModeType.PESSIMISTIC_WRITE);
        if (certification == null) {
            throw new NotFoundException("Certification", certificationId);
        }
        return certification;
    }

    /** The paths whose requirements count now: none while certified or revoked. */
    List<CertificationPath> candidatePaths(Certification certification) {
        var definition = certification.getDefinition();
        return switch (certification.getStatus()) {
            case ASSIGNED, IN_PROGRESS, LAPSED -> List.of(definition.originalPath());
            case WINDOW_OPEN, EXPIRED -> definition.recertificationPaths();
            case CERTIFIED, REVOKED -> List.of();
        };
    }

    /** When the current cycle began (null for the first: any work counts). */
    Instant cycleStart(Certification certification) {
        if (certification.getCycleNo() == 1) {
            return null;
        }
        return em.createQuery("""
                        select min(e.occurredAt) from CertificationEvent e
                        where e.certificationId = :id and e.cycleNo = :cycle""", Instant.class)
                .setParameter("id", certification.getId()).setParameter("cycle", certification.getCycleNo())
                .getSingleResult();
    }

    Optional<CertificationPath> earnedPath(Certification certification) {
        if (!holdsRequiredLevel(certification)) {
            return Optional.empty();
        }
        Set<Long> met = metIds(certification);
        return candidatePaths(certification).stream()
                // A path without requirements (left so by data from elsewhere) is never complete.
                .filter(p -> !p.getRequirements().isEmpty() && p.getRequirements().stream().allMatch(r -> met.contains(r.getId())))
                .findFirst();
    }

    boolean holdsRequiredLevel(Certification certification) {
        Long required = certification.getDefinition().getRequiresDefinitionId();
        return required == null || em.createQuery("""
                        select count(c) from Certification c where c.definition.id = :required and c.learner = :learner
                        and c.status in :held""", Long.class)
                .setParameter("required", required).setParameter("learner", certification.getLearner())
                .setParameter("held", List.of(CertificationStatus.CERTIFIED, CertificationStatus.WINDOW_OPEN))
                .getSingleResult() > 0;
    }

    Set<Long> metIds(Certification certification) {
        return new HashSet<>(metRows(certification).keySet());
    }

    Map<Long, RequirementMet> metRows(Certification certification) {
        return em.createQuery("""
                        select m from RequirementMet m where m.certificationId = :id and m.cycleNo = :cycle""", RequirementMet.class)
                .setParameter("id", certification.getId()).setParameter("cycle", certification.getCycleNo())
                .getResultList().stream().collect(Collectors.toMap(RequirementMet::getRequirementId, Function.identity()));
    }

    Optional<Certificate> currentCertificate(Certification certification) {
        return em.createQuery("""
                        select c from Certificate c where c.certification = :certification and c.status <> :superseded
                        order by c.cycleNo desc""", Certificate.class)
                .setParameter("certification", certification).setParameter("superseded", CertificateStatus.SUPERSEDED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private static CertificationDates.Dates datesOf(Certificate certificate) {
        return new CertificationDates.Dates(certificate.getCompletedAt(), certificate.getWindowOpensAt(),
                certificate.getExpiresAt(), certificate.getGraceEndsAt());
    }

    private List<Person> partnerAdminsOf(Person learner) {
        if (learner.getPartner() == null) {
            return List.of();
        }
        var learnerLocations = learner.getLocations().stream().map(l -> l.getId()).collect(Collectors.toSet());
        return em.createQuery("""
                        select distinct p from Person p left join fetch p.administeredLocations
                        where p.partner = :partner and p.active = true and :role member of p.roles""", Person.class)
                .setParameter("partner", learner.getPartner()).setParameter("role", Role.PARTNER_ADMIN)
                .getResultList().stream()
                .filter(admin -> admin.getAdministeredLocations().isEmpty()
                        || admin.getAdministeredLocations().stream().anyMatch(l -> learnerLocations.contains(l.getId())))
                .toList();
    }

    private void changed(Certification certification, CertificationStatus before) {
        if (before != certification.getStatus()) {
            statusChanged.fire(new CertificationStatusChanged(certification.getId(), certification.getLearner().getId(),
                    certification.getDefinition().getId(), before == null ? null : before.name(),
                    certification.getStatus().name(), clock.now()));
        }
    }

    /** 16 characters of base32 from SecureRandom: 80 bits, unguessable, easy to type from a printed certificate. */
    static String newCode() {
        var code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(BASE32[RANDOM.nextInt(BASE32.length)]);
        }
        return code.toString();
    }
}
