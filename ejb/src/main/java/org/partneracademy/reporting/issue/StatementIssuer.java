package org.partneracademy.reporting.issue;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.reporting.PartnerStatement;
import org.partneracademy.reporting.PartnerStatementLine;
import org.partneracademy.reporting.StatementIssued;
import org.partneracademy.reporting.StatementUsage;
import org.partneracademy.reporting.ledger.AgreementWindow;
import org.partneracademy.reporting.ledger.LedgerReader;
import org.partneracademy.reporting.statement.Statement;
import org.partneracademy.reporting.statement.StatementLine;
import org.partneracademy.reporting.statement.StatementPeriod;
import org.partneracademy.reporting.statement.Statements;

/**
 * Issues one partner its statements for a period: one per agreement in force on at least one day of it
 * that has none yet, so running a close again issues only what is missing. The partner's row is locked
 * first, so two closes of the same period running at once take turns per partner and the second finds
 * the first one's statements (the unique key on partner, agreement and period is the last guard).
 * Agreements of one partner that overlap are refused: which one a seat settles under would be a guess.
 */
@Stateless
public class StatementIssuer {

    /** Who the lines of a close are created by. */
    public static final String CLOSE_ACTOR = "statement-close";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    LedgerReader ledger;

    @Inject
    LateAdjustments lateAdjustments;

    @Inject
    Event<StatementIssued> issued;

    @Inject
    AcademyClock clock;

    @Inject
    @ConfigProperty(name = "pa.statement.review-days", defaultValue = "14")
    int reviewDays;

    /** @return the ids of the statements issued now (empty when the partner had all of them already) */
    public List<Long> issue(long runId, long partnerId, @NotNull StatementPeriod period) {
        em.createNativeQuery("SELECT id FROM partner WHERE id = ?1 FOR UPDATE").setParameter(1, partnerId)
                .getResultList();
        var agreements = ledger.agreementsInForce(partnerId, period);
        requireNoOverlap(partnerId, agreements);
        var now = clock.now();
        var ids = new ArrayList<Long>();
        PartnerStatement first = null;
        int firstLines = 0;
        for (var agreement : agreements) {
            if (alreadyIssued(partnerId, agreement.agreementId(), period)) {
                continue;
            }
            var data = ledger.read(agreement);
            var statement = Statements.settle(agreement.terms(), period, data.input());
            var stored = store(runId, partnerId, statement, now);
            var lines = statement.lines();
            var contexts = switch (statement.model()) {
                case REVENUE_SHARE, RESELLER -> data.registrationContexts();
                case PAY_PER_DELIVERY -> data.deliveryContexts();
                case CONTENT_LICENSING -> List.<PartnerStatementLine.Context>of();
            };
            for (int i = 0; i < lines.size(); i++) {
                var context = i < contexts.size() ? contexts.get(i) : PartnerStatementLine.Context.NONE;
                em.persist(new PartnerStatementLine(stored.getId(), i + 1, lines.get(i), context, CLOSE_ACTOR, now));
            }
            if (first == null) {
                first = stored;
                firstLines = lines.size();
            }
            ids.add(stored.getId());
        }
        if (first != null) {
            int lineNo = firstLines;
            for (var late : lateAdjustments.linesFor(partnerId, period)) {
                em.persist(new PartnerStatementLine(first.getId(), ++lineNo, late.line(), late.context(), CLOSE_ACTOR, now));
            }
        }
        em.flush();
        ids.forEach(id -> issued.fire(new StatementIssued(id, partnerId, 1)));
        return ids;
    }

    private PartnerStatement store(long runId, long partnerId, Statement statement, Instant now) {
        var usage = statement.usage().stream()
                .map(u -> new StatementUsage(u.metric(), Math.toIntExact(u.used()), u.limit(), u.overUsed()))
                .toList();
        var stored = new PartnerStatement(runId, partnerId, statement.agreementId(), statement.model(),
                statement.direction(), statement.period(), usage, now, now.plus(Duration.ofDays(reviewDays)));
        em.persist(stored);
        em.flush();
        return stored;
    }

    private boolean alreadyIssued(long partnerId, long agreementId, StatementPeriod period) {
        return ((Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM partner_statement WHERE partner_id = ?1 AND agreement_id = ?2 AND period_from = ?3""")
                .setParameter(1, partnerId).setParameter(2, agreementId).setParameter(3, period.from())
                .getSingleResult()).longValue() > 0;
    }

    /** Two agreements of one partner in force on the same day: the close cannot tell which one a seat is under. */
    static void requireNoOverlap(long partnerId, List<AgreementWindow> agreements) {
        for (int i = 0; i < agreements.size(); i++) {
            for (int j = i + 1; j < agreements.size(); j++) {
                var a = agreements.get(i).window();
                var b = agreements.get(j).window();
                if (!a.to().isBefore(b.from()) && !b.to().isBefore(a.from())) {
                    throw new RuleViolationException("Partner " + partnerId + " has overlapping agreements "
                            + agreements.get(i).agreementId() + " and " + agreements.get(j).agreementId()
                            + " in the period " + agreements.get(i).period().from() + " to "
                            + agreements.get(i).period().to() + "; end one before the other starts, then close again");
                }
            }
        }
    }

    /** A stored line of a statement as the issuer computed it, with what it is about. */
    public record IssuedLine(StatementLine line, PartnerStatementLine.Context context) {
    }
}
