package org.partneracademy.reporting.review;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partneracademy.partner.Partner;
import org.partneracademy.reporting.PartnerStatement;
import org.partneracademy.reporting.PartnerStatementLine;
import org.partneracademy.reporting.StatementDispute;
import org.partneracademy.reporting.StatementPeriods;
import org.partneracademy.reporting.review.ReviewViews.Dispute;
import org.partneracademy.reporting.review.ReviewViews.Line;
import org.partneracademy.reporting.review.ReviewViews.StatementReview;
import org.partneracademy.reporting.review.ReviewViews.Total;
import org.partneracademy.reporting.review.ReviewViews.Usage;

/** Builds the review views from the rows; no access checks (the services do them). */
@Dependent
public class ReviewReader {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    public StatementReview review(PartnerStatement s, boolean canReview) {
        var lines = em.createQuery("select l from PartnerStatementLine l where l.statementId = :id order by l.lineNo",
                PartnerStatementLine.class).setParameter("id", s.getId()).getResultList();
        var totals = new TreeMap<String, BigDecimal>();
        lines.forEach(l -> totals.merge(l.getCurrency(), l.getAmount(), BigDecimal::add));
        var disputes = em.createQuery("select d from StatementDispute d where d.statementId = :id order by d.id",
                StatementDispute.class).setParameter("id", s.getId()).getResultList();
        var byId = lines.stream().collect(Collectors.toMap(PartnerStatementLine::getId, Function.identity()));
        String partnerName = partnerName(s.getPartnerId());
        return new StatementReview(s.getId(), s.getPartnerId(), partnerName, s.getAgreementId(), s.getModel().name(),
                s.getDirection().name(), StatementPeriods.key(s.period()), s.period().from(), s.period().to(),
                s.getStatus().name(), s.getRevision(), s.getIssuedAt(), s.getReviewDueAt(),
                s.getConfirmedVia() == null ? null : s.getConfirmedVia().name(), s.getConfirmedBy(), s.getConfirmedAt(),
                s.getStatementNumber(), s.getContentHash(), s.getLockedAt(),
                totals.entrySet().stream().map(e -> new Total(e.getKey(), e.getValue())).toList(),
                lines.stream().map(ReviewReader::line).toList(),
                s.getUsage().stream().map(u -> new Usage(u.getMetric().name(), u.getUsed(), u.getLicensed(), u.isOverUsed()))
                        .toList(),
                disputes.stream().map(d -> dispute(d, s, partnerName, byId)).toList(), canReview);
    }

    public Dispute dispute(StatementDispute d) {
        var statement = em.find(PartnerStatement.class, d.getStatementId());
        var line = d.getLineId() == null ? null : em.find(PartnerStatementLine.class, d.getLineId());
        return dispute(d, statement, partnerName(statement.getPartnerId()),
                line == null ? Map.of() : Map.of(line.getId(), line));
    }

    private static Dispute dispute(StatementDispute d, PartnerStatement s, String partnerName,
            Map<Long, PartnerStatementLine> lines) {
        var line = d.getLineId() == null ? null : lines.get(d.getLineId());
        return new Dispute(d.getId(), s.getId(), s.getPartnerId(), partnerName, StatementPeriods.key(s.period()),
                d.getLineId(), line == null ? null : line.getLineNo(), line == null ? null : line.getDescription(),
                line == null ? null : line.getAmount(), line == null ? null : line.getCurrency(), d.getRevision(),
                d.getComment(), d.getRaisedBy(), d.getRaisedAt(), d.getStatus().name(), d.getResolutionNote(),
                d.getResolvedBy(), d.getResolvedAt());
    }

    private static Line line(PartnerStatementLine l) {
        return new Line(l.getId(), l.getLineNo(), l.getKind().name(), l.getDescription(), l.getBasisAmount(),
                l.getPercent(), l.getAmount(), l.getCurrency(), l.getSources(), l.getDisputeId());
    }

    private String partnerName(long partnerId) {
        var partner = em.find(Partner.class, partnerId);
        return partner == null ? null : partner.getName();
    }
}
