package org.partneracademy.reporting.issue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partneracademy.reporting.PartnerStatementLine;
import org.partneracademy.reporting.issue.StatementIssuer.IssuedLine;
import org.partneracademy.reporting.ledger.LedgerReader;
import org.partneracademy.reporting.statement.Money;
import org.partneracademy.reporting.statement.StatementInput;
import org.partneracademy.reporting.statement.StatementLine;
import org.partneracademy.reporting.statement.StatementPeriod;
import org.partneracademy.reporting.statement.Statements;

/**
 * Late events: a registration settled in an earlier, already issued statement of the partner that has a
 * new ledger event in this period (cancelled, voided, refunded...). It is settled again, under the
 * agreement and from the period of its first statement to the end of this one, and the difference to
 * what its statements said so far (its line plus earlier late adjustments) becomes a LATE_ADJUSTMENT
 * line here, naming that first statement. Issued statements are never touched: locked ones cannot be.
 */
@Stateless
public class LateAdjustments {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    LedgerReader ledger;

    public List<IssuedLine> linesFor(long partnerId, StatementPeriod period) {
        List<Object[]> settled = em.createNativeQuery("""
                SELECT l.registration_id, s.id, s.agreement_id, s.period_from
                FROM partner_statement s
                JOIN partner_statement_line l ON l.statement_id = s.id AND l.kind IN ('REVENUE_SHARE', 'SEAT')
                WHERE s.partner_id = ?1 AND s.period_from < ?2
                  AND EXISTS (SELECT 1 FROM registration_event e WHERE e.registration_id = l.registration_id
                      AND e.event_type <> 'SEAT_TAKEN' AND e.occurred_at >= ?3 AND e.occurred_at < ?4)
                ORDER BY l.registration_id""")
                .setParameter(1, partnerId).setParameter(2, period.from())
                .setParameter(3, period.from().atStartOfDay()).setParameter(4, period.to().plusDays(1).atStartOfDay())
                .getResultList();
        var lines = new ArrayList<IssuedLine>();
        for (var row : settled) {
            long registrationId = ((Number) row[0]).longValue();
            long statementId = ((Number) row[1]).longValue();
            long agreementId = ((Number) row[2]).longValue();
            LocalDate firstFrom = row[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[3];
            var span = new StatementPeriod(firstFrom, period.to());
            var read = ledger.registration(registrationId, period.to()).orElseThrow();
            var agreement = ledger.agreement(agreementId, span);
            var now = Statements.settle(agreement.terms(), span, StatementInput.ofRegistrations(List.of(read.registration())))
                    .lines().get(0);
            var stated = stated(partnerId, registrationId);
            var delta = now.amount().amount().subtract(stated);
            if (delta.signum() == 0) {
                continue;
            }
            var line = new StatementLine(StatementLine.Kind.LATE_ADJUSTMENT, "Late change to registration "
                    + registrationId + " settled in statement " + statementId + ": now " + now.amount()
                    + ", stated so far " + stated.toPlainString() + " " + now.amount().currency(),
                    now.basis(), now.percent(), new Money(delta, now.amount().currency()), now.sources());
            var c = read.context();
            var context = new PartnerStatementLine.Context(c.registrationId(), c.sessionId(), c.trainerId(), c.courseId(),
                    c.offeringId(), c.locationId(), c.learnerId(), statementId, null);
            lines.add(new IssuedLine(line, context, agreementId, agreement.terms().model()));
        }
        return lines;
    }

    /** What the partner's statements said about the registration so far: its line and the late adjustments since. */
    private BigDecimal stated(long partnerId, long registrationId) {
        Object sum = em.createNativeQuery("""
                SELECT COALESCE(SUM(l.amount), 0) FROM partner_statement_line l
                JOIN partner_statement s ON s.id = l.statement_id
                WHERE s.partner_id = ?1 AND l.registration_id = ?2 AND l.kind IN ('REVENUE_SHARE', 'SEAT', 'LATE_ADJUSTMENT')""")
                .setParameter(1, partnerId).setParameter(2, registrationId).getSingleResult();
        return sum instanceof BigDecimal b ? b : new BigDecimal(sum.toString());
    }
}
