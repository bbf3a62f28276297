package org.partneracademy.reporting.close;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.reporting.statement.StatementPeriod;

/**
 * What stops a close before anything is written, checked over all partners due a statement with one
 * aggregate query each: two agreements of one partner in force on the same day of the period, and a
 * registration in another currency than the revenue share or reseller agreement it falls under when that
 * agreement names one. A registration without a price or currency cannot be written at all (the ledger's
 * columns are NOT NULL) and the arithmetic refuses one whatever was stored. The issuer
 * checks the same again per partner; this answers the person who started the close at once, and the
 * problem names every offending row (up to ten of each kind).
 */
@Stateless
public class ClosePreflight {

    private static final int SHOWN = 10;

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public void check(StatementPeriod period) {
        var problems = new ArrayList<String>();
        List<Object[]> overlaps = em.createNativeQuery("""
                SELECT a.partner_id, a.id, b.id FROM partner_agreement a
                JOIN partner_agreement b ON b.partner_id = a.partner_id AND b.id > a.id
                WHERE GREATEST(a.valid_from, b.valid_from, ?1)
                      <= LEAST(COALESCE(a.valid_to, ?2), COALESCE(b.valid_to, ?2), ?2)
                ORDER BY a.partner_id, a.id, b.id""")
                .setParameter(1, period.from()).setParameter(2, period.to()).setMaxResults(SHOWN).getResultList();
        overlaps.forEach(row -> problems.add("partner " + row[0] + " has overlapping agreements " + row[1] + " and "
                + row[2] + " in force on the same days"));
        List<Object[]> mismatched = em.createNativeQuery("""
                SELECT r.id, a.partner_id, a.id, r.currency, a.currency FROM partner_agreement a
                JOIN registration r ON (r.selling_partner_id = a.partner_id
                        OR (a.model = 'REVENUE_SHARE' AND r.delivering_partner_id = a.partner_id))
                    AND r.created_at >= GREATEST(a.valid_from, ?1)
                    AND r.created_at < DATE_ADD(LEAST(COALESCE(a.valid_to, ?2), ?2), INTERVAL 1 DAY)
                WHERE a.model IN ('REVENUE_SHARE', 'RESELLER') AND a.currency IS NOT NULL
                  AND a.valid_from <= ?2 AND (a.valid_to IS NULL OR a.valid_to >= ?1)
                  AND r.currency <> a.currency
                ORDER BY r.id""")
                .setParameter(1, period.from()).setParameter(2, period.to()).setMaxResults(SHOWN).getResultList();
        mismatched.forEach(row -> problems.add("registration " + row[0] + " is in " + row[3] + " but agreement "
                + row[2] + " of partner " + row[1] + " settles in " + row[4]));
        if (!problems.isEmpty()) {
            throw new RuleViolationException("The period " + period.from() + " to " + period.to()
                    + " cannot be closed until the ledger is put right; nothing was issued: " + String.join("; ", problems));
        }
    }
}
