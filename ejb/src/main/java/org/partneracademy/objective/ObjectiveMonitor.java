package org.partneracademy.objective;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.partneracademy.notification.NotificationKind;
import org.partneracademy.notification.Notifier;
import org.partneracademy.partner.Partner;
import org.partneracademy.partner.Person;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;

/**
 * Watches one partner's objectives: tells the partner's admins once when expiries in the next 60 days
 * would break an objective (a risk stays told until it clears: renewed, replaced by new certifications,
 * or already broken), and proposes to the vendor the tier the partner's met objectives qualify it for.
 * Runs for every partner daily ({@link ObjectiveTimer}), for a learner's partner whenever a
 * certification changes status ({@link CertificationWatch}), and on a vendor admin's request. Each
 * partner is evaluated in a transaction of its own; evaluating twice changes nothing the second time.
 */
@Stateless
@PermitAll
public class ObjectiveMonitor {

    /** What an evaluation did. */
    public record Evaluation(int partners, int risksNotified, int risksCleared, int tiersProposed) {

        Evaluation plus(Evaluation other) {
            return new Evaluation(partners + other.partners, risksNotified + other.risksNotified,
                    risksCleared + other.risksCleared, tiersProposed + other.tiersProposed);
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    ObjectiveCounts counts;

    @Inject
    Notifier notifier;

    @Inject
    AcademyClock clock;

    /** The partner ids to evaluate, for a caller that then evaluates each in its own transaction. */
    public List<Long> partnerIds() {
        return em.createQuery("select p.id from Partner p order by p.id", Long.class).getResultList();
    }

    /** The partner of a learner whose certification changed; vendor staff (no partner) have no objectives. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Evaluation evaluateLearnersPartner(long learnerId) {
        var partner = em.createQuery("select p.partner.id from Person p where p.id = :id", Long.class)
                .setParameter("id", learnerId).getResultStream().findFirst().orElse(null);
        return partner == null ? new Evaluation(0, 0, 0, 0) : evaluate(partner);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Evaluation evaluatePartner(long partnerId) {
        return evaluate(partnerId);
    }

    private Evaluation evaluate(long partnerId) {
        var partner = em.find(Partner.class, partnerId);
        if (partner == null) {
            return new Evaluation(0, 0, 0, 0);
        }
        var now = clock.instant();
        var status = counts.evaluate(List.of(new ObjectiveCounts.PartnerRef(partnerId, partner.getName(),
                partner.getTier().getCode())), now).get(0);
        var atRisk = status.objectives().stream().filter(o -> o.state() == ObjectiveState.AT_RISK).toList();
        int notified = 0;
        for (var objective : atRisk) {
            if (openRisk(partnerId, objective, now)) {
                tellAdmins(partner, objective);
                notified++;
            }
        }
        int cleared = clearRisksOtherThan(partnerId, atRisk.stream().map(ObjectiveStatus::objectiveId).collect(Collectors.toSet()), now);
        int proposed = proposeTier(partner, status, now) ? 1 : 0;
        return new Evaluation(1, notified, cleared, proposed);
    }

    /**
     * Records the risk unless one is open for this objective already (an objective at risk always has an
     * expiry, so firstExpiry is set); the unique key on open risks decides,
     * so two evaluations at once record (and tell) it once. Whether this call recorded it.
     */
    private boolean openRisk(long partnerId, ObjectiveStatus objective, Instant now) {
        return em.createNativeQuery("""
                        insert ignore into objective_risk (partner_id, objective_id, opened_at, certified_count, expiring_count,
                            first_expiry_at) values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, partnerId)
                .setParameter(2, objective.objectiveId())
                .setParameter(3, ObjectiveCounts.utc(now))
                .setParameter(4, objective.certified())
                .setParameter(5, objective.expiringSoon())
                .setParameter(6, ObjectiveCounts.utc(objective.firstExpiry()))
                .executeUpdate() == 1;
    }

    private int clearRisksOtherThan(long partnerId, Set<Long> stillAtRisk, Instant now) {
        var sql = "update objective_risk set cleared_at = :now where partner_id = :partner and cleared_at is null"
                + (stillAtRisk.isEmpty() ? "" : " and objective_id not in (:atRisk)");
        var update = em.createNativeQuery(sql).setParameter("now", ObjectiveCounts.utc(now)).setParameter("partner", partnerId);
        if (!stillAtRisk.isEmpty()) {
            update.setParameter("atRisk", stillAtRisk);
        }
        return update.executeUpdate();
    }

    private void tellAdmins(Partner partner, ObjectiveStatus objective) {
        var admins = em.createQuery("""
                        select distinct p from Person p join p.roles r
                        where p.partner = :partner and r = :role and p.active = true""", Person.class)
                .setParameter("partner", partner)
                .setParameter("role", Role.PARTNER_ADMIN)
                .getResultList();
        var title = "Certification objective at risk: " + objective.definitionName() + " (" + objective.position() + ")";
        var text = partner.getName() + " has " + objective.certified() + " certified " + objective.position() + " for "
                + objective.definitionName() + " and needs " + objective.required() + "; " + objective.expiringSoon()
                + " of these certifications expire within " + ObjectiveCounts.RISK_HORIZON_DAYS + " days"
                + (objective.firstExpiry() == null ? "" : ", the first on " + DAY.format(objective.firstExpiry()))
                + ". Renewing them in time keeps the objective met.";
        notifier.notify(admins, NotificationKind.OBJECTIVE_AT_RISK, title, text, "/partner/objectives.xhtml");
    }

    /**
     * Puts the qualified tier to the vendor when it differs from the partner's tier. An open proposal for
     * another tier is withdrawn first; a proposal the vendor declined is not repeated while the partner's
     * tier and qualification stay the same. Whether a new proposal was made.
     */
    private boolean proposeTier(Partner partner, PartnerObjectives status, Instant now) {
        var current = partner.getTier().getCode();
        var qualified = status.qualifiedTier();
        var open = em.createQuery("select t from TierProposal t where t.partner = :partner and t.status = :proposed",
                        TierProposal.class)
                .setParameter("partner", partner).setParameter("proposed", TierProposalStatus.PROPOSED)
                .getResultStream().findFirst();
        if (open.isPresent() && open.get().getProposedTier().equals(qualified) && open.get().getCurrentTier().equals(current)) {
            return false;
        }
        open.ifPresent(proposal -> {
            proposal.withdraw(now);
            em.flush();
        });
        if (qualified.equals(current) || declinedBefore(partner, current, qualified)) {
            return false;
        }
        var met = status.objectives().stream().filter(o -> o.state().isMetNow()).count();
        em.persist(new TierProposal(partner, current, qualified, "Objectives of " + qualified + " met"
                + (status.objectives().isEmpty() ? "" : "; " + met + " of " + status.objectives().size()
                + " objectives of the partner and its tier " + current + " met now"), now));
        em.flush();
        return true;
    }

    private boolean declinedBefore(Partner partner, String current, String qualified) {
        var last = em.createQuery("""
                        select t from TierProposal t where t.partner = :partner and t.status <> :withdrawn
                        order by t.proposedAt desc, t.id desc""", TierProposal.class)
                .setParameter("partner", partner).setParameter("withdrawn", TierProposalStatus.WITHDRAWN)
                .setMaxResults(1).getResultStream().findFirst();
        return last.isPresent() && last.get().getStatus() == TierProposalStatus.DECLINED
                && last.get().getCurrentTier().equals(current) && last.get().getProposedTier().equals(qualified);
    }
}
