package org.partneracademy.trainer.panel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.InvalidFieldsException.FieldProblem;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.trainer.CandidacyStatus;
import org.partneracademy.trainer.TrainerCandidacy;
import org.partneracademy.trainer.panel.PanelViews.CandidateHistory;
import org.partneracademy.trainer.panel.PanelViews.FeedbackView;
import org.partneracademy.trainer.panel.PanelViews.MemberView;
import org.partneracademy.trainer.panel.PanelViews.ObservedDeliveryView;
import org.partneracademy.trainer.panel.PanelViews.ScoreView;
import org.partneracademy.trainer.panel.PanelViews.SignoffView;
import org.partneracademy.trainer.panel.PanelViews.StepView;

/**
 * Scheduling an observed delivery and reading panels and a candidate's history. The panel is chosen under
 * segregation of duties: 1 to 7 active training leaders, none of them the candidate and none working for
 * the candidate's partner. Scheduling moves the candidacy to PANEL_REVIEW and starts the trainer-panel
 * process with a deadline of the standard's panel days.
 */
@Stateless
@RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
public class ObservedDeliveries {

    static final int MAX_PANEL = 7;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AcademyClock clock;

    @Inject
    StandardReader standards;

    @Inject
    PanelWorkflow workflow;

    @Inject
    PanelDecisions decisions;

    public ObservedDeliveryView schedule(long candidacyId, @NotNull ScheduleRequest request) {
        var candidacy = em.find(TrainerCandidacy.class, candidacyId);
        if (candidacy == null) {
            throw new NotFoundException("Trainer candidacy", candidacyId);
        }
        var panel = checkRequest(candidacy, request);
        if (candidacy.getStatus() != CandidacyStatus.OBSERVED_DELIVERY) {
            throw new ConflictException("Candidacy " + candidacyId + " is on " + candidacy.getStatus()
                    + ", not on OBSERVED_DELIVERY: no observed delivery can be scheduled");
        }
        var standard = standards.find(candidacy.getCourseCode())
                .filter(s -> !s.getCriteria().isEmpty())
                .orElseThrow(() -> new RuleViolationException("Course " + candidacy.getCourseCode()
                        + " has no delivery standard with at least one criterion: define its rubric first"));
        long previous = em.createQuery("select count(d) from ObservedDelivery d where d.candidacy.id = :c", Long.class)
                .setParameter("c", candidacyId).getSingleResult();
        var now = clock.now();
        var dueAt = now.plus(Duration.ofDays(standard.getPanelDays()));
        var delivery = new ObservedDelivery(candidacy, (int) previous + 1, request.sessionId(), request.deliveredOn(),
                request.scope().strip(), panel, dueAt, currentUser.username(), now);
        em.persist(delivery);
        candidacy.moveTo(CandidacyStatus.PANEL_REVIEW, now);
        em.flush();
        delivery.attachProcess(workflow.start(delivery.getId(),
                panel.stream().map(Person::getUsername).toList(), dueAt));
        return view(delivery);
    }

    private Set<Person> checkRequest(TrainerCandidacy candidacy, ScheduleRequest request) {
        var problems = new ArrayList<FieldProblem>();
        if (request.deliveredOn() == null) {
            problems.add(new FieldProblem("deliveredOn", "is required"));
        }
        if (request.scope() == null || request.scope().isBlank()) {
            problems.add(new FieldProblem("scope", "is required: the course or the part of it delivered"));
        } else if (request.scope().strip().length() > 500) {
            problems.add(new FieldProblem("scope", "must be at most 500 characters"));
        }
        if (request.sessionId() != null && ((Number) em.createNativeQuery(
                "select count(*) from training_session where id = ?1").setParameter(1, request.sessionId())
                .getSingleResult()).longValue() == 0) {
            problems.add(new FieldProblem("sessionId", "no session has id " + request.sessionId()));
        }
        var panel = new LinkedHashSet<Person>();
        var ids = request.panel() == null ? List.<Long>of() : request.panel();
        if (ids.isEmpty() || ids.size() > MAX_PANEL) {
            problems.add(new FieldProblem("panel", "must name 1 to " + MAX_PANEL + " training leaders"));
        }
        var candidate = candidacy.getCandidate();
        for (int i = 0; i < ids.size() && ids.size() <= MAX_PANEL; i++) {
            String field = "panel[" + i + "]";
            var person = ids.get(i) == null ? null : em.find(Person.class, ids.get(i));
            if (person == null) {
                problems.add(new FieldProblem(field, "no person has id " + ids.get(i)));
            } else if (!panel.add(person)) {
                problems.add(new FieldProblem(field, person.getUsername() + " is named twice"));
            } else if (!person.isActive() || !person.getRoles().contains(Role.TRAINING_LEADER)) {
                problems.add(new FieldProblem(field, person.getUsername() + " is not an active training leader"));
            } else if (person.getId().equals(candidate.getId())) {
                problems.add(new FieldProblem(field, person.getUsername()
                        + " is the candidate: nobody sits on their own panel (segregation of duties)"));
            } else if (samePartner(person, candidate)) {
                problems.add(new FieldProblem(field, person.getUsername() + " works for the candidate's partner "
                        + candidate.getPartner().getName() + " (segregation of duties)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return panel;
    }

    static boolean samePartner(Person leader, Person candidate) {
        return leader.getPartner() != null && candidate.getPartner() != null
                && Objects.equals(leader.getPartner().getId(), candidate.getPartner().getId());
    }

    public ObservedDeliveryView observedDelivery(long id) {
        var delivery = em.find(ObservedDelivery.class, id);
        if (delivery == null) {
            throw new NotFoundException("Observed delivery", id);
        }
        return view(delivery);
    }

    /** The candidate's way so far, for the leader about to score: steps, exam, earlier panels, learner feedback. */
    public CandidateHistory history(long candidacyId) {
        var candidacy = em.find(TrainerCandidacy.class, candidacyId);
        if (candidacy == null) {
            throw new NotFoundException("Trainer candidacy", candidacyId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> stepRows = em.createNativeQuery("""
                select kind, session_id, score_percent, billing_percent, note, recorded_by, recorded_at
                from candidacy_step where candidacy_id = ?1 order by recorded_at, id""")
                .setParameter(1, candidacyId).getResultList();
        var steps = stepRows.stream().map(r -> new StepView((String) r[0], r[1] == null ? null : ((Number) r[1]).longValue(),
                (BigDecimal) r[2], (BigDecimal) r[3], (String) r[4], (String) r[5], instant(r[6]))).toList();
        var deliveries = em.createQuery("select d from ObservedDelivery d where d.candidacy.id = :c order by d.tryNo",
                ObservedDelivery.class).setParameter("c", candidacyId).getResultList().stream().map(this::view).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> feedbackRows = em.createNativeQuery("""
                select si.session_id, avg(f.rating), count(f.id) from session_instructor si
                join enrollment e on e.session_id = si.session_id
                join course_feedback f on f.learner_id = e.learner_id and f.course_id = e.course_id
                where si.person_id = ?1 group by si.session_id order by si.session_id""")
                .setParameter(1, candidacy.getCandidate().getId()).getResultList();
        var feedback = feedbackRows.stream().map(r -> new FeedbackView(((Number) r[0]).longValue(),
                new BigDecimal(r[1].toString()).setScale(2, java.math.RoundingMode.HALF_UP), ((Number) r[2]).longValue()))
                .toList();
        var candidate = candidacy.getCandidate();
        return new CandidateHistory(candidacyId, candidate.getDisplayName(),
                candidate.getPartner() == null ? null : candidate.getPartner().getName(), candidacy.getCourseCode(),
                candidacy.getVersionMajor(), candidacy.getStatus().name(), candidacy.getTriesUsed(), steps, deliveries,
                feedback);
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return value instanceof java.time.Instant i ? i : null;
    }

    ObservedDeliveryView view(ObservedDelivery d) {
        var all = em.createQuery("select s from TrainerSignoff s where s.delivery.id = :d order by s.signedAt, s.id",
                TrainerSignoff.class).setParameter("d", d.getId()).getResultList();
        var latest = decisions.latestSignoffs(d.getId()).stream().collect(Collectors.toMap(s -> s.getLeader().getId(), s -> s));
        var members = d.getPanel().stream().sorted(java.util.Comparator.comparing(Person::getDisplayName))
                .map(p -> new MemberView(p.getId(), p.getUsername(), p.getDisplayName(), latest.containsKey(p.getId()),
                        latest.containsKey(p.getId()) ? latest.get(p.getId()).isPassed() : null)).toList();
        var standard = standards.find(d.getCandidacy().getCourseCode());
        var criteria = standard.map(s -> standards.view(s).criteria()).orElse(List.of());
        return new ObservedDeliveryView(d.getId(), d.getCandidacy().getId(), d.getCandidacy().getCandidate().getDisplayName(),
                d.getCandidacy().getCourseCode(), d.getTryNo(), d.getSessionId(), d.getDeliveredOn(), d.getScope(),
                d.getStatus().name(), d.getDueAt(), d.getDecidedAt(), d.getRetryFrom() == null ? null : d.getRetryFrom().name(),
                d.getScheduledBy(), d.getScheduledAt(), members,
                all.stream().map(s -> signoffView(s, latest.containsValue(s))).toList(), criteria,
                standard.map(DeliveryStandard::getPassPercent).orElse(0));
    }

    static SignoffView signoffView(TrainerSignoff s, boolean latest) {
        return new SignoffView(s.getId(), s.getDelivery().getId(), s.getLeader().getId(), s.getLeader().getDisplayName(),
                s.getTotalPercent(), s.isPassed(), s.getRetryFrom() == null ? null : s.getRetryFrom().name(), s.getComments(),
                s.getSignedAt(), s.getCorrectsId(), latest, s.getScores().stream()
                        .map(c -> new ScoreView(c.getCriterionId(), c.getCriterionName(), c.getWeight(), c.getMinimumScore(),
                                c.getScore())).toList());
    }
}
