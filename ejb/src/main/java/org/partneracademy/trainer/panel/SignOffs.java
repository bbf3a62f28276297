package org.partneracademy.trainer.panel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.error.ConflictException;
import org.partneracademy.platform.error.ForbiddenException;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.error.InvalidFieldsException.FieldProblem;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.security.CurrentUser;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.trainer.panel.PanelViews.InboxItem;
import org.partneracademy.trainer.panel.PanelViews.SignoffView;

/**
 * A training leader's sign-offs: their inbox, signing off a task, correcting a sign-off, and the head of
 * training's decision on an overdue panel. Every check runs before anything is written: the task must be
 * the caller's own, segregation of duties is checked again (the panel may have been chosen before the
 * leader changed partner), every criterion of the rubric scored 1..5 once, comments given. A sign-off is
 * never changed; a correction is a new row linked to the one it corrects, while the panel is open. The
 * database's unique keys settle races: of several requests signing one task at once, exactly one wins.
 */
@Stateless
@RolesAllowed(Role.Names.TRAINING_LEADER)
public class SignOffs {

    /** MariaDB: duplicate key, deadlock, lock wait timeout: all mean another request got there first. */
    private static final List<Integer> LOST_RACE = List.of(1062, 1213, 1205);

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AcademyClock clock;

    @Inject
    PanelWorkflow workflow;

    @Inject
    StandardReader standards;

    @Inject
    PanelDecisions decisions;

    public List<InboxItem> inbox() {
        var now = clock.now();
        return workflow.openTasksOf(currentUser.username()).stream().map(task -> {
            var d = em.find(ObservedDelivery.class, task.observedDeliveryId());
            var candidate = d.getCandidacy().getCandidate();
            return new InboxItem(task.id(), task.kind().name(), d.getId(), d.getCandidacy().getId(),
                    candidate.getDisplayName(), candidate.getPartner() == null ? null : candidate.getPartner().getName(),
                    d.getCandidacy().getCourseCode(), d.getCandidacy().getCourse().getTitle(), d.getTryNo(),
                    d.getDeliveredOn(), d.getScope(), task.created(), Math.max(0, Duration.between(task.created(), now).toDays()),
                    task.due(), task.due() != null && task.due().isBefore(now));
        }).toList();
    }

    /** The caller's own open sign-off task, refused (and nothing changed) when it is not theirs to sign. */
    public InboxItem task(String taskId) {
        return inbox().stream().filter(i -> i.taskId().equals(taskId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Open task of yours", taskId));
    }

    public SignoffView signOff(String taskId, @NotNull SignOffRequest request) {
        var task = workflow.task(taskId).filter(t -> t.kind() == PanelTask.Kind.SIGN_OFF)
                .orElseThrow(() -> new ConflictException("Sign-off task " + taskId + " is not open: it is done already or does not exist"));
        var leader = caller();
        if (!leader.getUsername().equals(task.assignee())) {
            throw new ForbiddenException("Sign-off task " + taskId + " is assigned to another training leader");
        }
        var delivery = em.find(ObservedDelivery.class, task.observedDeliveryId());
        requireSegregation(leader, delivery);
        delivery.requireOpen();
        if (hasSigned(leader, delivery)) {
            throw new ConflictException(leader.getUsername() + " has signed off observed delivery " + delivery.getId()
                    + " already; send a correction instead");
        }
        var signoff = write(delivery, leader, request, null);
        workflow.completeSignOff(taskId);
        return ObservedDeliveries.signoffView(signoff, true);
    }

    public SignoffView correct(long signoffId, @NotNull SignOffRequest request) {
        var original = em.find(TrainerSignoff.class, signoffId);
        if (original == null) {
            throw new NotFoundException("Sign-off", signoffId);
        }
        var leader = caller();
        if (!original.getLeader().getId().equals(leader.getId())) {
            throw new ForbiddenException("Sign-off " + signoffId + " is another leader's: only its author corrects it");
        }
        var delivery = original.getDelivery();
        requireSegregation(leader, delivery);
        delivery.requireOpen();
        boolean corrected = em.createQuery("select count(s) from TrainerSignoff s where s.correctsId = :id", Long.class)
                .setParameter("id", signoffId).getSingleResult() > 0;
        if (corrected) {
            throw new ConflictException("Sign-off " + signoffId + " was corrected already: correct the latest of its chain");
        }
        return ObservedDeliveries.signoffView(write(delivery, leader, request, signoffId), true);
    }

    /** The head of training on an overdue panel: decide on the sign-offs received (at least one) or extend. */
    public void decideOverdue(String taskId, @NotNull OverdueDecision decision) {
        var task = workflow.task(taskId).filter(t -> t.kind() == PanelTask.Kind.OVERDUE)
                .orElseThrow(() -> new ConflictException("Overdue-panel task " + taskId + " is not open"));
        if (!currentUser.username().equals(task.assignee())) {
            throw new ForbiddenException("Task " + taskId + " is assigned to the head of training");
        }
        int days = 0;
        if (decision.extend()) {
            if (decision.extendByDays() == null || decision.extendByDays() < 1 || decision.extendByDays() > 90) {
                throw InvalidFieldsException.of("extendByDays", "must be between 1 and 90 when extending");
            }
            days = decision.extendByDays();
        } else if (decisions.latestSignoffs(task.observedDeliveryId()).isEmpty()) {
            throw new ConflictException("No panel member has signed off observed delivery " + task.observedDeliveryId()
                    + ": extend the deadline instead");
        }
        workflow.completeOverdue(taskId, decision.extend(), days);
    }

    /** The caller's sign-offs, newest first: their decisions history. */
    public List<SignoffView> mine() {
        var leader = caller();
        return em.createQuery("select s from TrainerSignoff s where s.leader.id = :l order by s.signedAt desc, s.id desc",
                TrainerSignoff.class).setParameter("l", leader.getId()).getResultList().stream()
                .map(s -> ObservedDeliveries.signoffView(s, isLatest(s))).toList();
    }

    private boolean isLatest(TrainerSignoff s) {
        return em.createQuery("select count(c) from TrainerSignoff c where c.correctsId = :id", Long.class)
                .setParameter("id", s.getId()).getSingleResult() == 0;
    }

    private TrainerSignoff write(ObservedDelivery delivery, Person leader, SignOffRequest request, Long correctsId) {
        var standard = standards.find(delivery.getCandidacy().getCourseCode())
                .orElseThrow(() -> new ConflictException("Course " + delivery.getCandidacy().getCourseCode()
                        + " has no delivery standard any more"));
        var scores = checkScores(standard, request);
        var signoff = new TrainerSignoff(delivery, leader, scores, standard.getPassPercent(), retryFrom(request),
                request.comments().strip(), correctsId, clock.now());
        try {
            em.persist(signoff);
            em.flush();
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                throw new ConflictException(correctsId == null
                        ? leader.getUsername() + " has signed off observed delivery " + delivery.getId() + " already"
                        : "Sign-off " + correctsId + " was corrected already");
            }
            throw e;
        }
        return signoff;
    }

    private static List<FrozenScore> checkScores(DeliveryStandard standard, SignOffRequest request) {
        var problems = new ArrayList<FieldProblem>();
        if (request.comments() == null || request.comments().isBlank()) {
            problems.add(new FieldProblem("comments", "are required: the candidate learns from them"));
        } else if (request.comments().strip().length() > 4000) {
            problems.add(new FieldProblem("comments", "must be at most 4000 characters"));
        }
        var byId = new HashMap<Long, DeliveryCriterion>();
        standard.getCriteria().forEach(c -> byId.put(c.getId(), c));
        var given = new HashMap<Long, Integer>();
        var inputs = request.scores() == null ? List.<SignOffRequest.ScoreInput>of() : request.scores();
        for (int i = 0; i < inputs.size(); i++) {
            var s = inputs.get(i);
            String field = "scores[" + i + "]";
            if (s == null || s.criterionId() == null) {
                problems.add(new FieldProblem(field + ".criterionId", "is required"));
            } else if (!byId.containsKey(s.criterionId())) {
                problems.add(new FieldProblem(field + ".criterionId", "criterion " + s.criterionId()
                        + " is not part of the rubric of " + standard.getCourseCode()));
            } else if (given.containsKey(s.criterionId())) {
                problems.add(new FieldProblem(field + ".criterionId", "criterion " + byId.get(s.criterionId()).getName()
                        + " is scored twice"));
            } else if (s.score() == null || s.score() < 1 || s.score() > 5) {
                problems.add(new FieldProblem(field + ".score", "must be between 1 and 5 (criterion "
                        + byId.get(s.criterionId()).getName() + ")"));
                given.put(s.criterionId(), 0);
            } else {
                given.put(s.criterionId(), s.score());
            }
        }
        standard.getCriteria().stream().filter(c -> !given.containsKey(c.getId())).forEach(c ->
                problems.add(new FieldProblem("scores", "criterion " + c.getName() + " (id " + c.getId() + ") is not scored")));
        if (request.retryFrom() != null && !request.retryFrom().isBlank()) {
            try {
                RetryFrom.valueOf(request.retryFrom().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("retryFrom", "must be CO_DELIVERY or OBSERVED_DELIVERY"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return standard.getCriteria().stream().map(c -> new FrozenScore(c, given.get(c.getId()))).toList();
    }

    private static RetryFrom retryFrom(SignOffRequest request) {
        return request.retryFrom() == null || request.retryFrom().isBlank() ? null
                : RetryFrom.valueOf(request.retryFrom().strip().toUpperCase(Locale.ROOT));
    }

    private static void requireSegregation(Person leader, ObservedDelivery delivery) {
        var candidate = delivery.getCandidacy().getCandidate();
        if (leader.getId().equals(candidate.getId())) {
            throw new ForbiddenException("You are the candidate of observed delivery " + delivery.getId()
                    + ": nobody signs off their own delivery (segregation of duties)");
        }
        if (ObservedDeliveries.samePartner(leader, candidate)) {
            throw new ForbiddenException("You work for the candidate's partner " + candidate.getPartner().getName()
                    + ": a leader may not sign off a trainer of their own partner (segregation of duties)");
        }
    }

    private boolean hasSigned(Person leader, ObservedDelivery delivery) {
        return em.createQuery("select count(s) from TrainerSignoff s where s.delivery.id = :d and s.leader.id = :l",
                Long.class).setParameter("d", delivery.getId()).setParameter("l", leader.getId()).getSingleResult() > 0;
    }

    private Person caller() {
        return em.createQuery("select p from Person p where p.username = :u", Person.class)
                .setParameter("u", currentUser.username()).getSingleResult();
    }

    private static boolean lostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && LOST_RACE.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }
}
