package org.partneracademy.trainer.panel;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.trainer.PanelDecided;

/**
 * What the trainer-panel process does to an observed delivery: escalate it when the deadline passes,
 * extend the deadline, and record the verdict. The verdict: passed iff every member's latest sign-off
 * passed (after an escalation: every sign-off received); when failed, back to co-delivery if any failing
 * sign-off says so, else to a new observed delivery. Jobs run at least once, so each step is idempotent.
 */
@Dependent
public class PanelDecisions {

    private static final Logger LOG = Logger.getLogger(PanelDecisions.class.getName());

    /** The outcome of an extension: the new deadline and the members who still have to sign off. */
    public record Extension(Instant dueAt, List<String> awaiting) {
    }

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    AcademyClock clock;

    @Inject
    Event<PanelDecided> panelDecided;

    public void escalate(long observedDeliveryId) {
        var delivery = em.find(ObservedDelivery.class, observedDeliveryId);
        if (delivery.getStatus() == ObservedDeliveryStatus.AWAITING_PANEL) {
            delivery.escalate();
        }
    }

    public Extension extend(long observedDeliveryId, int days) {
        var delivery = em.find(ObservedDelivery.class, observedDeliveryId);
        var dueAt = clock.now().plus(Duration.ofDays(days));
        delivery.extendUntil(dueAt);
        Set<Long> signed = latestSignoffs(observedDeliveryId).stream().map(s -> s.getLeader().getId())
                .collect(Collectors.toSet());
        var awaiting = delivery.getPanel().stream().filter(p -> !signed.contains(p.getId())).map(Person::getUsername)
                .sorted().toList();
        return new Extension(dueAt, awaiting);
    }

    public void decide(long observedDeliveryId) {
        var delivery = em.find(ObservedDelivery.class, observedDeliveryId);
        if (!delivery.getStatus().isOpen()) {
            LOG.fine(() -> "Observed delivery " + observedDeliveryId + " was decided already");
            return;
        }
        var latest = latestSignoffs(observedDeliveryId);
        boolean passed = !latest.isEmpty() && latest.stream().allMatch(TrainerSignoff::isPassed);
        var retryFrom = latest.stream().anyMatch(s -> !s.isPassed() && s.getRetryFrom() == RetryFrom.CO_DELIVERY)
                ? RetryFrom.CO_DELIVERY : RetryFrom.OBSERVED_DELIVERY;
        delivery.decide(passed, retryFrom, clock.now());
        panelDecided.fire(new PanelDecided(observedDeliveryId, delivery.getCandidacy().getId(), passed,
                passed ? null : retryFrom.name()));
    }

    /** The sign-offs that count: the latest of each member's correction chain. */
    List<TrainerSignoff> latestSignoffs(long observedDeliveryId) {
        return em.createQuery("""
                        select s from TrainerSignoff s where s.delivery.id = :delivery
                        and not exists (select c from TrainerSignoff c where c.correctsId = s.id)
                        order by s.signedAt""", TrainerSignoff.class)
                .setParameter("delivery", observedDeliveryId).getResultList();
    }
}
