package org.partneracademy.objective;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import org.partneracademy.platform.security.Role;
import org.partneracademy.platform.time.AcademyClock;

/**
 * The stage-2 figures of the vendor dashboard, counted live at the academy's time. "Certified" has the
 * objectives' meaning (CERTIFIED or WINDOW_OPEN and not past expiry); a partner meets its objectives when
 * none is unmet today (at risk still counts as met).
 */
@Stateless
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class ObjectiveAnalytics {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    ObjectiveCounts counts;

    @Inject
    AcademyClock clock;

    public CertificationFigures figures() {
        var now = clock.instant();
        var horizon = now.plus(Duration.ofDays(ObjectiveCounts.RISK_HORIZON_DAYS));
        long certified = ((Number) em.createNativeQuery("""
                        select count(distinct c.learner_id) from certification c
                        where c.status in ('CERTIFIED', 'WINDOW_OPEN') and (c.expires_at is null or c.expires_at > ?1)""")
                .setParameter(1, ObjectiveCounts.utc(now)).getSingleResult()).longValue();
        long expiring = ((Number) em.createNativeQuery("""
                        select count(*) from certification c
                        where c.status in ('CERTIFIED', 'WINDOW_OPEN') and c.expires_at > ?1 and c.expires_at <= ?2""")
                .setParameter(1, ObjectiveCounts.utc(now)).setParameter(2, ObjectiveCounts.utc(horizon))
                .getSingleResult()).longValue();
        var partners = em.createQuery("select p.id, p.name, p.tier.code from Partner p", Object[].class).getResultList().stream()
                .map(row -> new ObjectiveCounts.PartnerRef(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
                .toList();
        var statuses = counts.evaluate(partners, now).stream().filter(p -> !p.objectives().isEmpty()).toList();
        return new CertificationFigures(certified, statuses.size(), statuses.stream().filter(PartnerObjectives::meetsAll).count(),
                expiring, ObjectiveCounts.RISK_HORIZON_DAYS);
    }
}
