package org.partneracademy.reporting.issue;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partneracademy.partner.AgreementModel;
import org.partneracademy.platform.error.RuleViolationException;
import org.partneracademy.platform.time.AcademyClock;
import org.partneracademy.reporting.PartnerStatement;
import org.partneracademy.reporting.PartnerStatementLine;
import org.partneracademy.reporting.StatementIssued;
import org.partneracademy.reporting.StatementUsage;
import org.partneracademy.reporting.ledger.AgreementWindow;
import org.partneracademy.reporting.ledger.LedgerReader;
import org.partneracademy.reporting.statement.InvoiceDirection;
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
        // The statements issued now by agreement, with the number of lines each has so far.
        var open = new LinkedHashMap<Long, Opened>();
        for (var agreement : agreements) {
            if (alreadyIssued(partnerId, agreement.agreementId(), period)) {
                continue;
            }
            var data = ledger.read(agreement);
            var statement = Statements.settle(agreement.terms(), period, data.input());
            var stored = store(runId, partnerId, statement.agreementId(), statement.model(), statement.direction(),
                    period, usage(statement), now);
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
            open.put(agreement.agreementId(), new Opened(stored, lines.size()));
        }
        // A late change is stated under the agreement its seat was settled under: in this period's statement
        // of that agreement, or, when the agreement is no longer in force, in one of its own for this period
        // that carries only late adjustments. When that statement was issued by an earlier close of the
        // period, it stated the change then (and the difference left now is nothing).
        for (var late : lateAdjustments.linesFor(partnerId, period)) {
            var target = open.get(late.agreementId());
            if (target == null) {
                if (alreadyIssued(partnerId, late.agreementId(), period)) {
                    continue;
                }
                target = new Opened(store(runId, partnerId, late.agreementId(), late.model(),
                        InvoiceDirection.of(late.model()), period, List.of(), now), 0);
                open.put(late.agreementId(), target);
            }
            em.persist(new PartnerStatementLine(target.statement().getId(), target.nextLineNo(), late.line(), late.context(),
                    CLOSE_ACTOR, now));
        }
        em.flush();
        var ids = open.values().stream().map(o -> o.statement().getId()).toList();
        ids.forEach(id -> issued.fire(new StatementIssued(id, partnerId, 1)));
        return ids;
    }

    /** A statement issued in this call and how many lines it has so far. */
    private static final class Opened {

        private final PartnerStatement statement;
        private int lines;

        Opened(PartnerStatement statement, int lines) {
            this.statement = statement;
            this.lines = lines;
        }

        PartnerStatement statement() {
            return statement;
        }

        int nextLineNo() {
            return ++lines;
        }
    }

    private static List<StatementUsage> usage(Statement statement) {
        return statement.usage().stream()
                .map(u -> new StatementUsage(u.metric(), Math.toIntExact(u.used()), u.limit(), u.overUsed()))
                .toList();
    }

    private PartnerStatement store(long runId, long partnerId, long agreementId, AgreementModel model,
            InvoiceDirection direction, StatementPeriod period, List<StatementUsage> usage, Instant now) {
        var stored = new PartnerStatement(runId, partnerId, agreementId, model, direction, period, usage, now,
                now.plus(Duration.ofDays(reviewDays)));
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

    /**
     * A late adjustment as the issuer stores it: the line, what it is about, and the agreement the
     * registration was settled under, whose statement carries it.
     */
    public record IssuedLine(StatementLine line, PartnerStatementLine.Context context, long agreementId,
            AgreementModel model) {
    }
}
