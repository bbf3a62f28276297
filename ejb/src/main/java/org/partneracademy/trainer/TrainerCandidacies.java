package org.partneracademy.trainer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partneracademy.trainer.panel.TrainerSignoff;
import org.partneracademy.catalog.Course;
import org.partneracademy.catalog.CourseFormat;
import org.partneracademy.partner.Agreement;
import org.partneracademy.partner.PartnerScope;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.persistence.UniqueKeyViolation;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.session.SessionStatus;
import org.partneracademy.session.TrainingSession;
import org.partneracademy.trainer.workflow.TrainerCertificationProcess;

/**
 * Trainer candidacies: nominating, the vendor's decision, recording shadowed and co-delivered sessions,
 * withdrawing, reading. Who may do what: the vendor admin everything; a partner admin nominates, withdraws
 * and reads the people they administer ({@link PartnerScope}; anyone else is "not found"); training
 * leaders read every candidacy and record shadowing and co-delivery, as does the session's authorised lead
 * trainer; a trainer reads their own. The process ({@code trainer-certification}) moves the candidacy
 * from step to step; this service does the domain work and then tells it.
 */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class TrainerCandidacies {

    /** A candidacy on the same open step for longer than this is stalled. */
    public static final Duration STALLED_AFTER = Duration.ofDays(30);

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    PartnerScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    CandidacyProgress progress;

    @Inject
    InstructorEligibility eligibility;

    @Inject
    CandidacyObserver observer;

    @Inject
    TrainerCertificationProcess process;

    @Inject
    AcademyClock clock;

    /**
     * Nominates an active trainer the caller administers for an instructor-led, published course version
     * and starts the candidacy's process. Refused: not active or not a trainer, a course that is not
     * instructor-led or not published (400 on the field); already authorised for the family and major, or
     * an open candidacy for the family (409).
     */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public CandidacyView nominate(@NotNull @Valid NominationRequest request) {
        var candidate = administered(request.candidateId());
        var course = em.find(Course.class, request.courseId());
        if (course == null) {
            throw new NotFoundException("Course", request.courseId());
        }
        var problems = new ArrayList<InvalidFieldsException.FieldProblem>();
        if (!candidate.isActive()) {
            problems.add(new InvalidFieldsException.FieldProblem("candidateId", candidate.getDisplayName() + " is not active"));
        } else if (!candidate.getRoles().contains(Role.TRAINER)) {
            problems.add(new InvalidFieldsException.FieldProblem("candidateId",
                    candidate.getDisplayName() + " is not a trainer (lacks the TRAINER role)"));
        }
        if (course.getFormat() == CourseFormat.SELF_PACED) {
            problems.add(new InvalidFieldsException.FieldProblem("courseId",
                    course.getCode() + " is self-paced: trainers are authorised for instructor-led courses only"));
        } else if (!course.isPublished()) {
            problems.add(new InvalidFieldsException.FieldProblem("courseId",
                    course.getCode() + " " + course.getVersionLabel() + " is not published"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        if (authorised(candidate, course)) {
            throw new ConflictException(candidate.getDisplayName() + " is already authorised for " + course.getCode()
                    + " version " + course.getVersionMajor());
        }
        if (openCandidacy(candidate, course.getCode())) {
            throw alreadyOpen(candidate, course);
        }
        var candidacy = new TrainerCandidacy(candidate, course, CandidacyKind.INITIAL, currentUser.username(),
                blankToNull(request.note()), clock.now());
        try {
            em.persist(candidacy);
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.isCause(e)) {
                // Another nomination of the same trainer for the family won the race.
                throw alreadyOpen(candidate, course);
            }
            throw e;
        }
        candidacy.attachProcess(process.start(candidacy.getId(), CandidacyKind.INITIAL));
        return view(candidacy, true);
    }

    /** The vendor accepts (on to live training) or declines with a reason; a decided nomination is 409. */
    public CandidacyView decide(long candidacyId, @NotNull @Valid NominationDecision decision) {
        var candidacy = progress.locked(candidacyId);
        if (!decision.accepted() && isBlank(decision.reason())) {
            throw InvalidFieldsException.of("reason", "is required when declining a nomination");
        }
        if (candidacy.getStatus() != CandidacyStatus.NOMINATED) {
            throw new ConflictException("Candidacy " + candidacyId + " is " + candidacy.getStatus()
                    + ": only a nomination awaiting the vendor can be decided");
        }
        candidacy.decide(decision.accepted(), currentUser.username(), blankToNull(decision.reason()), clock.now());
        em.flush();
        process.decided(candidacyId, decision.accepted());
        if (decision.accepted()) {
            observer.catchUpLiveTraining(candidacyId);
        }
        return view(candidacy, true);
    }

    /** A session the candidate shadowed (candidacy on SHADOWING); see {@link #recordDelivery}. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.TRAINER})
    public CandidacyView recordShadowing(long candidacyId, @NotNull @Valid DeliveryRecord record) {
        return recordDelivery(candidacyId, record, StepKind.SHADOWING);
    }

    /** A session the candidate co-delivered (candidacy on CO_DELIVERY); see {@link #recordDelivery}. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.TRAINER})
    public CandidacyView recordCoDelivery(long candidacyId, @NotNull @Valid DeliveryRecord record) {
        return recordDelivery(candidacyId, record, StepKind.CO_DELIVERY);
    }

    /**
     * Records a shadowed or co-delivered session. The session is of the candidacy's course family, has
     * taken place (its last day ended), is not cancelled, and is led by a trainer who may lead it; for a
     * co-delivery the candidate is its co-instructor. A trainer (not vendor admin, not leader) records only
     * for sessions they lead. The share billed to the candidate's partner is frozen from the agreement in
     * force on the session's first day: the ramp percentage under pay-per-delivery, not billed otherwise.
     */
    private CandidacyView recordDelivery(long candidacyId, DeliveryRecord record, StepKind kind) {
        var candidacy = progress.locked(candidacyId);
        var expected = kind == StepKind.SHADOWING ? CandidacyStatus.SHADOWING : CandidacyStatus.CO_DELIVERY;
        var session = em.find(TrainingSession.class, record.sessionId());
        if (session == null) {
            throw InvalidFieldsException.of("sessionId", "no session " + record.sessionId());
        }
        var leads = instructors(session.getId(), "LEAD");
        if (!currentUser.hasRole(Role.VENDOR_ADMIN) && !currentUser.hasRole(Role.TRAINING_LEADER)
                && leads.stream().noneMatch(lead -> lead.getUsername().equals(currentUser.username()))) {
            throw new EJBAccessException("Only the vendor admin, a training leader or the session's lead trainer records this");
        }
        if (candidacy.getStatus() != expected) {
            throw new ConflictException("Candidacy " + candidacyId + " is " + candidacy.getStatus() + ", not " + expected);
        }
        var sessionCourse = session.getOffering().getCourse();
        if (!sessionCourse.getCode().equals(candidacy.getCourseCode())) {
            throw InvalidFieldsException.of("sessionId", "is a session of " + sessionCourse.getCode() + ", not of "
                    + candidacy.getCourseCode());
        }
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw InvalidFieldsException.of("sessionId", "was cancelled");
        }
        Instant now = clock.now();
        if (session.endsAt().isAfter(now)) {
            throw InvalidFieldsException.of("sessionId", "has not taken place yet (its last day ends " + session.endsAt() + ")");
        }
        long candidateId = candidacy.getCandidate().getId();
        var lead = leads.stream().filter(p -> p.getId() != candidateId && eligibility.mayLead(p.getId(), sessionCourse))
                .findFirst()
                .orElseThrow(() -> InvalidFieldsException.of("sessionId", "has no lead trainer authorised for "
                        + sessionCourse.getCode() + " version " + sessionCourse.getVersionMajor()));
        if (kind == StepKind.CO_DELIVERY
                && instructors(session.getId(), "CO").stream().noneMatch(p -> p.getId() == candidateId)) {
            throw InvalidFieldsException.of("sessionId", candidacy.getCandidate().getDisplayName()
                    + " is not a co-instructor of this session");
        }
        if (!em.createQuery("""
                        select s.id from CandidacyStep s where s.candidacyId = :c and s.kind = :k and s.sessionId = :s""", Long.class)
                .setParameter("c", candidacyId).setParameter("k", kind).setParameter("s", session.getId())
                .getResultList().isEmpty()) {
            throw new ConflictException("This session is recorded for candidacy " + candidacyId + " already");
        }
        var agreement = agreementOn(candidacy.getCandidate(), session.getDays().get(0).day());
        em.persist(CandidacyStep.delivery(candidacyId, kind, session.getId(), lead.getId(),
                agreement == null ? null : agreement.getId(),
                agreement == null ? null : agreement.rampBillingPercent(kind == StepKind.CO_DELIVERY),
                blankToNull(record.note()), currentUser.username(), now));
        em.flush();
        process.stepDone(candidacyId, kind == StepKind.SHADOWING ? TrainerCertificationProcess.SHADOWING_DONE
                : TrainerCertificationProcess.CO_DELIVERY_DONE);
        return view(candidacy, true);
    }

    /** Withdraws an open candidacy with a reason; its process ends. A closed one is 409. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public CandidacyView withdraw(long candidacyId, @NotNull @Valid WithdrawalRequest request) {
        visible(candidacyId);
        var candidacy = progress.locked(candidacyId);
        if (!candidacy.getStatus().isOpen()) {
            throw new ConflictException("Candidacy " + candidacyId + " is " + candidacy.getStatus() + " already");
        }
        candidacy.withdraw(currentUser.username(), request.reason().strip(), clock.now());
        em.flush();
        process.withdrawn(candidacyId);
        return view(candidacy, true);
    }

    /**
     * Candidacies the caller may see (vendor admin and training leaders: all; a partner admin: their
     * people's), newest first, optionally filtered; {@code stalled}: open and on the same step for longer
     * than {@link #STALLED_AFTER}.
     */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.PARTNER_ADMIN})
    public List<CandidacyView> list(CandidacyStatus status, Long courseId, Long partnerId, boolean stalled) {
        var condition = readScope();
        var jpql = new StringBuilder("select c from TrainerCandidacy c join c.candidate person where ")
                .append(condition.jpql());
        var parameters = new java.util.HashMap<String, Object>();
        if (status != null) {
            jpql.append(" and c.status = :status");
            parameters.put("status", status);
        }
        if (courseId != null) {
            jpql.append(" and c.courseCode = (select k.code from Course k where k.id = :courseId)");
            parameters.put("courseId", courseId);
        }
        if (partnerId != null) {
            jpql.append(" and person.partner.id = :partnerId");
            parameters.put("partnerId", partnerId);
        }
        if (stalled) {
            jpql.append(" and c.status not in :closed and c.stepSince < :stalledBefore");
            parameters.put("closed", CandidacyStatus.CLOSED);
            parameters.put("stalledBefore", clock.now().minus(STALLED_AFTER));
        }
        jpql.append(" order by c.nominatedAt desc, c.id desc");
        var query = condition.bind(em.createQuery(jpql.toString(), TrainerCandidacy.class));
        parameters.forEach(query::setParameter);
        return query.setMaxResults(500).getResultList().stream().map(c -> view(c, false)).toList();
    }

    /** One candidacy with its steps and observed deliveries; out of the caller's scope it is "not found". */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.PARTNER_ADMIN, Role.Names.TRAINER})
    public CandidacyView candidacy(long candidacyId) {
        return view(visible(candidacyId), true);
    }

    /** The caller's own candidacies (a trainer's progress), newest first, with their steps. */
    @RolesAllowed(Role.Names.TRAINER)
    public List<CandidacyView> mine() {
        return em.createQuery("""
                        select c from TrainerCandidacy c join fetch c.course where c.candidate.username = :me
                        order by c.nominatedAt desc, c.id desc""", TrainerCandidacy.class)
                .setParameter("me", currentUser.username()).getResultList().stream().map(c -> view(c, true)).toList();
    }

    /**
     * Per course family: how many of the partner's trainers hold a current authorisation, and how many are
     * candidates on their way, next to the agreement's required number of designated trainers.
     */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public List<DesignatedTrainerCount> designatedTrainerCounts(long partnerId) {
        if (!currentUser.hasRole(Role.VENDOR_ADMIN)) {
            var own = em.createQuery("select p.partner.id from Person p where p.username = :me", Long.class)
                    .setParameter("me", currentUser.username()).getResultStream().findFirst().orElse(null);
            if (own == null || own != partnerId) {
                throw new NotFoundException("Partner", partnerId);
            }
        }
        var agreement = agreementOn(partnerId, LocalDate.ofInstant(clock.now(), java.time.ZoneOffset.UTC));
        Integer required = agreement == null ? null : agreement.getDesignatedTrainers();
        Map<String, long[]> counts = new java.util.TreeMap<>();
        em.createQuery("""
                        select a.courseCode, count(distinct a.trainer.id) from TrainerAuthorisation a
                        where a.trainer.partner.id = :partner and a.status = :active and a.expiresAt > :now group by a.courseCode""",
                        Object[].class)
                .setParameter("partner", partnerId).setParameter("active", AuthorisationStatus.ACTIVE)
                .setParameter("now", clock.now()).getResultList()
                .forEach(row -> counts.computeIfAbsent((String) row[0], k -> new long[2])[0] = (Long) row[1]);
        em.createQuery("""
                        select c.courseCode, count(c) from TrainerCandidacy c where c.candidate.partner.id = :partner
                        and c.status not in :closed group by c.courseCode""", Object[].class)
                .setParameter("partner", partnerId).setParameter("closed", CandidacyStatus.CLOSED).getResultList()
                .forEach(row -> counts.computeIfAbsent((String) row[0], k -> new long[2])[1] = (Long) row[1]);
        return counts.entrySet().stream().map(e -> new DesignatedTrainerCount(e.getKey(), e.getValue()[0],
                e.getValue()[1], required, required != null && e.getValue()[0] < required)).toList();
    }

    /** The designated trainer counts of the caller's own partner (a partner admin's page). */
    @RolesAllowed(Role.Names.PARTNER_ADMIN)
    public List<DesignatedTrainerCount> myPartnersDesignatedTrainerCounts() {
        var partner = em.createQuery("select p.partner.id from Person p where p.username = :me", Long.class)
                .setParameter("me", currentUser.username()).getResultStream().findFirst().orElse(null);
        return partner == null ? List.of() : designatedTrainerCounts(partner);
    }

    /** Active trainers the caller administers, for the nomination form. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public List<NominationOption> nominableTrainers() {
        var condition = scope.administeredPeople("p");
        return condition.bind(em.createQuery("select p from Person p where p.active = true and :trainer member of p.roles and "
                        + condition.jpql() + " order by p.displayName", Person.class))
                .setParameter("trainer", Role.TRAINER).setMaxResults(500).getResultList().stream()
                .map(p -> new NominationOption(p.getId(), p.getDisplayName() + " (" + p.getUsername() + ")")).toList();
    }

    /** Published instructor-led course versions, for the nomination form. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    public List<NominationOption> nominableCourses() {
        return em.createQuery("select c from Course c where c.status = :published and c.format <> :selfPaced order by c.code",
                        Course.class)
                .setParameter("published", org.partneracademy.catalog.CourseStatus.PUBLISHED)
                .setParameter("selfPaced", CourseFormat.SELF_PACED).getResultList().stream()
                .map(c -> new NominationOption(c.getId(), c.getCode() + " " + c.getVersionLabel() + " – " + c.getTitle()))
                .toList();
    }

    private TrainerCandidacy visible(long candidacyId) {
        var condition = readScope();
        return condition.bind(em.createQuery("""
                        select c from TrainerCandidacy c join c.candidate person where c.id = :id and (""" + condition.jpql()
                        + " or person.username = :me)", TrainerCandidacy.class))
                .setParameter("id", candidacyId).setParameter("me", currentUser.username())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Trainer candidacy", candidacyId));
    }

    /** Vendor admin and training leaders read every candidacy; a partner admin their people's; others none. */
    private PartnerScope.Condition readScope() {
        if (currentUser.hasRole(Role.TRAINING_LEADER) && !currentUser.hasRole(Role.VENDOR_ADMIN)) {
            return new PartnerScope.Condition("1 = 1", Map.of());
        }
        return scope.administeredPeople("person");
    }

    private Person administered(long personId) {
        var condition = scope.administeredPeople("p");
        return condition.bind(em.createQuery("select p from Person p where p.id = :id and " + condition.jpql(), Person.class))
                .setParameter("id", personId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Person", personId));
    }

    private boolean authorised(Person candidate, Course course) {
        return em.createQuery("""
                        select count(a) from TrainerAuthorisation a where a.trainer = :trainer and a.courseCode = :code
                        and a.versionMajor = :major and a.status in :current""", Long.class)
                .setParameter("trainer", candidate).setParameter("code", course.getCode())
                .setParameter("major", course.getVersionMajor()).setParameter("current", AuthorisationStatus.CURRENT)
                .getSingleResult() > 0;
    }

    private boolean openCandidacy(Person candidate, String courseCode) {
        return em.createQuery("""
                        select count(c) from TrainerCandidacy c where c.candidate = :candidate and c.courseCode = :code
                        and c.status not in :closed""", Long.class)
                .setParameter("candidate", candidate).setParameter("code", courseCode)
                .setParameter("closed", CandidacyStatus.CLOSED).getSingleResult() > 0;
    }

    private static ConflictException alreadyOpen(Person candidate, Course course) {
        return new ConflictException(candidate.getDisplayName() + " already has an open candidacy for " + course.getCode());
    }

    /** The session's instructors in a role (LEAD or CO), read from the V13 column directly. */
    private List<Person> instructors(long sessionId, String role) {
        List<?> ids = em.createNativeQuery("select person_id from session_instructor where session_id = ?1 and role = ?2")
                .setParameter(1, sessionId).setParameter(2, role).getResultList();
        return ids.stream().map(id -> em.find(Person.class, ((Number) id).longValue())).toList();
    }

    private Agreement agreementOn(Person person, LocalDate day) {
        return person.getPartner() == null ? null : agreementOn(person.getPartner().getId(), day);
    }

    private Agreement agreementOn(long partnerId, LocalDate day) {
        return em.createQuery("""
                        select a from Agreement a where a.partner.id = :partner and a.validFrom <= :day
                        and (a.validTo is null or a.validTo >= :day)""", Agreement.class)
                .setParameter("partner", partnerId).setParameter("day", day)
                .getResultStream().findFirst().orElse(null);
    }

    private CandidacyView view(TrainerCandidacy c, boolean details) {
        var person = c.getCandidate();
        var partner = person.getPartner();
        Instant now = clock.now();
        List<StepView> steps = details ? em.createQuery(
                        "select s from CandidacyStep s where s.candidacyId = :c order by s.recordedAt, s.id", CandidacyStep.class)
                .setParameter("c", c.getId()).getResultList().stream().map(StepView::of).toList() : List.of();
        List<CandidacyView.ObservedDeliverySummary> observed = details ? observedDeliveries(c.getId()) : List.of();
        boolean stalled = c.getStatus().isOpen() && c.getStepSince().isBefore(now.minus(STALLED_AFTER));
        return new CandidacyView(c.getId(), person.getId(), person.getDisplayName(), partner == null ? null : partner.getId(),
                partner == null ? null : partner.getName(), c.getCourse().getId(), c.getCourseCode(), c.getCourse().getTitle(),
                c.getVersionMajor(), c.getKind(), c.getStatus(), c.getStepSince(),
                Duration.between(c.getStepSince(), now).toDays(), stalled, c.getTriesUsed(), c.getNominatedBy(),
                c.getNominatedAt(), c.getNominationNote(), c.getDecidedBy(), c.getDecidedAt(), c.getDeclineReason(),
                c.getClosedAt(), c.getWithdrawnBy(), c.getWithdrawalReason(), c.getAuthorisationId(), steps, observed,
                details ? history(c, steps, observed) : List.of());
    }

    private static List<CandidacyView.HistoryEntry> history(TrainerCandidacy c, List<StepView> steps,
            List<CandidacyView.ObservedDeliverySummary> observed) {
        var history = new ArrayList<CandidacyView.HistoryEntry>();
        history.add(new CandidacyView.HistoryEntry(c.getNominatedAt(), c.getKind() == CandidacyKind.INITIAL ? "NOMINATED"
                : "REAUTHORISATION_OPENED", c.getNominatedBy(), c.getNominationNote()));
        if (c.getDecidedAt() != null) {
            boolean declined = c.getDeclineReason() != null || c.getStatus() == CandidacyStatus.DECLINED;
            history.add(new CandidacyView.HistoryEntry(c.getDecidedAt(), declined ? "DECLINED" : "ACCEPTED", c.getDecidedBy(),
                    c.getDeclineReason()));
        }
        steps.forEach(s -> history.add(new CandidacyView.HistoryEntry(s.recordedAt(), s.kind().name(), s.recordedBy(),
                s.note())));
        observed.stream().filter(o -> o.decidedAt() != null).forEach(o -> history.add(new CandidacyView.HistoryEntry(
                o.decidedAt(), "OBSERVED_DELIVERY_" + o.status(), null, "try " + o.tryNo())));
        if (c.getClosedAt() != null && c.getStatus() != CandidacyStatus.DECLINED) {
            history.add(new CandidacyView.HistoryEntry(c.getClosedAt(), c.getStatus().name(), c.getWithdrawnBy(),
                    c.getWithdrawalReason()));
        }
        history.sort(java.util.Comparator.comparing(CandidacyView.HistoryEntry::at));
        return history;
    }

    private List<CandidacyView.ObservedDeliverySummary> observedDeliveries(long candidacyId) {
        List<?> rows = em.createNativeQuery("""
                        select id, try_no, delivered_on, status, retry_from, decided_at from observed_delivery
                        where candidacy_id = ?1 order by try_no""").setParameter(1, candidacyId).getResultList();
        List<CandidacyView.ObservedDeliverySummary> result = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            Instant decidedAt = toInstant(r[5]);
            result.add(new CandidacyView.ObservedDeliverySummary(id, ((Number) r[1]).intValue(), String.valueOf(r[2]),
                    (String) r[3], (String) r[4], decidedAt, decidedAt == null ? List.of() : panelFeedback(id)));
        }
        return result;
    }

    /** The latest sign-off of each panel member (a correction replaces what it corrects); shown once decided. */
    private List<CandidacyView.PanelFeedback> panelFeedback(long observedDeliveryId) {
        return em.createQuery("""
                        select s from TrainerSignoff s join fetch s.leader where s.delivery.id = :delivery
                        and not exists (select c from TrainerSignoff c where c.correctsId = s.id)
                        order by s.signedAt, s.id""", TrainerSignoff.class)
                .setParameter("delivery", observedDeliveryId).getResultList().stream()
                .map(s -> new CandidacyView.PanelFeedback(s.getLeader().getDisplayName(), s.isPassed(), s.getTotalPercent(),
                        s.getComments(), s.getSignedAt()))
                .toList();
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
