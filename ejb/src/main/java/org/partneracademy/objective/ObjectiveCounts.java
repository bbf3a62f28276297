package org.partneracademy.objective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partneracademy.partner.Position;

/**
 * Counts certified people against objectives in one grouped query over the certification tables (V11).
 * The rule of "certified": an active person of the partner in the objective's position whose
 * certification of the objective's definition is CERTIFIED or WINDOW_OPEN and not past its expiry.
 *
 * <p>Tier qualification: a partner qualifies for the highest tier whose objectives it all meets today
 * (at risk still counts as met). A tier without objectives is not earned by certifications: it counts
 * only up to the partner's current tier, so a partner is never proposed a tier that asks for nothing, and
 * a partner in such a tier keeps it. With no tier open at all, the lowest tier.
 */
@ApplicationScoped
public class ObjectiveCounts {

    /** Expiries within this many days put an objective at risk. */
    public static final int RISK_HORIZON_DAYS = 60;

    /** A partner with its current tier. */
    record PartnerRef(long id, String name, String tier) {
    }

    /** One objective counted for one partner; {@code applies}: the partner's own or its current tier's. */
    record Row(long partnerId, ObjectiveStatus status, boolean applies) {
    }

    record Tier(String code, int level) {
    }

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    /** Each partner's applicable objectives with their state, and its qualified tier; in the order given. */
    List<PartnerObjectives> evaluate(List<PartnerRef> partners, Instant now) {
        if (partners.isEmpty()) {
            return List.of();
        }
        var rows = rows(partners.stream().map(PartnerRef::id).toList(), now);
        var tiers = tiers();
        var result = new ArrayList<PartnerObjectives>();
        for (var partner : partners) {
            var own = rows.getOrDefault(partner.id(), List.of());
            var applicable = own.stream().filter(Row::applies).map(Row::status).toList();
            result.add(new PartnerObjectives(partner.id(), partner.name(), partner.tier(), qualifiedTier(partner, own, tiers),
                    count(applicable, ObjectiveState.MET), count(applicable, ObjectiveState.AT_RISK),
                    count(applicable, ObjectiveState.UNMET), applicable));
        }
        return result;
    }

    private static int count(List<ObjectiveStatus> statuses, ObjectiveState state) {
        return (int) statuses.stream().filter(s -> s.state() == state).count();
    }

    static String qualifiedTier(PartnerRef partner, List<Row> rows, List<Tier> tiers) {
        int currentLevel = tiers.stream().filter(t -> t.code().equals(partner.tier())).mapToInt(Tier::level).findFirst()
                .orElse(Integer.MAX_VALUE);
        String qualified = tiers.isEmpty() ? partner.tier() : tiers.get(0).code();
        for (var tier : tiers) {
            var objectives = rows.stream().map(Row::status).filter(s -> tier.code().equals(s.tierCode())).toList();
            boolean open = objectives.isEmpty()
                    ? tier.level() <= currentLevel
                    : objectives.stream().allMatch(s -> s.state().isMetNow());
            if (open) {
                qualified = tier.code();
            }
        }
        return qualified;
    }

    private List<Tier> tiers() {
        return em.createQuery("select t.code, t.level from PartnerTier t order by t.level", Object[].class).getResultList()
                .stream().map(row -> new Tier((String) row[0], ((Number) row[1]).intValue()))
                .sorted(Comparator.comparingInt(Tier::level)).toList();
    }

    /**
     * Every partner's own objectives and every tier's (a tier's count for the partner decides its
     * qualification), grouped by partner.
     */
    private Map<Long, List<Row>> rows(Collection<Long> partnerIds, Instant now) {
        var horizon = now.plus(Duration.ofDays(RISK_HORIZON_DAYS));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select pa.id, o.id, o.tier_code, o.definition_id, d.name, o.position, o.required_count,
                               count(h.id), coalesce(sum(case when h.expires_at <= :horizon then 1 else 0 end), 0),
                               timestampdiff(MICROSECOND, '1970-01-01', min(h.expires_at)),
                               max(case when o.partner_id = pa.id or o.tier_code = pa.tier then 1 else 0 end)
                        from partner pa
                        join certification_objective o on o.partner_id = pa.id or o.tier_code is not null
                        join certification_definition d on d.id = o.definition_id
                        left join (select c.id, c.definition_id, c.expires_at, p.partner_id, p.position
                                   from certification c join person p on p.id = c.learner_id
                                   where p.active = 1 and c.status in ('CERTIFIED', 'WINDOW_OPEN')
                                     and (c.expires_at is null or c.expires_at > :now)) h
                               on h.definition_id = o.definition_id and h.partner_id = pa.id and h.position = o.position
                        where pa.id in (:partners)
                        group by pa.id, o.id, o.tier_code, o.definition_id, d.name, o.position, o.required_count
                        order by pa.id, d.name, o.position, o.id""")
                .setParameter("horizon", utc(horizon))
                .setParameter("now", utc(now))
                .setParameter("partners", partnerIds)
                .getResultList();
        var byPartner = new LinkedHashMap<Long, List<Row>>();
        for (var row : rows) {
            int required = ((Number) row[6]).intValue();
            int certified = ((Number) row[7]).intValue();
            int expiring = ((Number) row[8]).intValue();
            var status = new ObjectiveStatus(((Number) row[1]).longValue(), (String) row[2], ((Number) row[3]).longValue(),
                    (String) row[4], Position.valueOf((String) row[5]), required, certified, expiring,
                    row[9] == null ? null : epochMicros(((Number) row[9]).longValue()),
                    ObjectiveState.of(required, certified, expiring));
            byPartner.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new Row(((Number) row[0]).longValue(), status, ((Number) row[10]).intValue() == 1));
        }
        return byPartner;
    }

    /** DATETIME columns hold UTC: compare them with UTC wall-clock values. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant epochMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
