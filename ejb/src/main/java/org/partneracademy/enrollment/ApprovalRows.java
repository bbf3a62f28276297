package org.partneracademy.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partneracademy.platform.security.Role;
import org.partneracademy.session.SessionSchedule;

/**
 * Adds price and session dates to the requests of the approvals inbox. It trusts the requests it is
 * given: the inbox has already decided which ones the caller may see.
 */
@Stateless
@RolesAllowed({Role.Names.LEARNER, Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
public class ApprovalRows {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    SessionSchedule schedule;

    private record Details(String username, BigDecimal listPrice, String currency) {
    }

    public List<ApprovalRow> of(List<ApprovalView> approvals) {
        if (approvals.isEmpty()) {
            return List.of();
        }
        Map<Long, Details> details = new HashMap<>();
        em.createQuery("""
                        select e.id, p.username, o.listPrice, o.currency from Enrollment e join e.learner p
                        left join e.offering o where e.id in :ids""", Object[].class)
                .setParameter("ids", approvals.stream().map(ApprovalView::enrollmentId).toList())
                .getResultList()
                .forEach(row -> details.put((Long) row[0], new Details((String) row[1], (BigDecimal) row[2], (String) row[3])));
        return approvals.stream().map(approval -> {
            var detail = details.getOrDefault(approval.enrollmentId(), new Details(null, null, null));
            var facts = approval.sessionId() == null ? null : schedule.facts(approval.sessionId());
            return new ApprovalRow(approval, detail.username(), detail.listPrice(), detail.currency(),
                    facts == null ? null : facts.startsAt(), facts == null ? null : facts.endsAt());
        }).toList();
    }
}
