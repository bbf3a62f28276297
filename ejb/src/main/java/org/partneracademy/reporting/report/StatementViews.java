package org.partneracademy.reporting.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.platform.security.Role;
import org.partneracademy.reporting.DisputeStatus;
import org.partneracademy.reporting.PartnerStatement;
import org.partneracademy.reporting.PartnerStatementLine;
import org.partneracademy.reporting.StatementPeriods;
import org.partneracademy.reporting.export.Column;
import org.partneracademy.reporting.export.ExportFormat;
import org.partneracademy.reporting.export.TableWriter;
import org.partneracademy.reporting.statement.StatementPeriod;

/**
 * The issued statements as the partner and the vendor read them: a partner's statements of a period, one
 * statement with its lines, its export, and the vendor's overview of a period. Read only: issuing,
 * reviewing and locking live elsewhere.
 */
@Stateless
@RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.FINANCE, Role.Names.PARTNER_ADMIN})
public class StatementViews {

    public static final List<Column> LINE_COLUMNS = List.of(Column.number("Line"), Column.text("Kind"),
            Column.text("Description"), Column.number("Basis"), Column.number("Percent"), Column.money("Amount"),
            Column.text("Currency"), Column.text("Sources"), Column.number("Registration"), Column.number("Session"));

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    StatementPeriods periods;

    @Inject
    ReportAccess access;

    /** Whether the caller reads statements: the vendor's staff and whole-partner admins, not location admins. */
    public boolean readsStatements() {
        return access.reportLocations().isEmpty();
    }

    /** A partner's statements of a period (every period when {@code period} is null), newest first. */
    public List<StatementSummary> ofPartner(long partnerId, String period) {
        access.requireStatementsOf(partnerId);
        String jpql = "select s from PartnerStatement s where s.partnerId = :partner";
        StatementPeriod p = period == null ? null : periods.parse(period);
        if (p != null) {
            jpql += " and s.periodFrom = :from";
        }
        var query = em.createQuery(jpql + " order by s.periodFrom desc, s.id desc", PartnerStatement.class)
                .setParameter("partner", partnerId).setMaxResults(PageRequest.MAX_SIZE * 10);
        if (p != null) {
            query.setParameter("from", p.from());
        }
        return summaries(query.getResultList());
    }

    /**
     * One statement with one page of its lines; another partner's statement is "not found" like a missing
     * one. A page past the last line is an empty page, with the count.
     */
    public StatementView statement(long id, @NotNull @Valid PageRequest page) {
        var statement = visible(id);
        var summary = summaries(List.of(statement)).get(0);
        var lines = page.offset() >= summary.lines() ? List.<StatementView.Line>of()
                : lines(id).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                        .map(StatementViews::line).toList();
        var usage = statement.getUsage().stream().map(u -> new StatementView.Usage(u.getMetric().name(), u.getUsed(),
                u.getLicensed(), u.isOverUsed())).toList();
        return new StatementView(summary,
                statement.getConfirmedVia() == null ? null : statement.getConfirmedVia().name(),
                statement.getConfirmedBy(), statement.getConfirmedAt(), statement.getLockedAt(),
                statement.getContentHash(), page.page(), page.size(), lines, usage);
    }

    /** Checks that the caller may export statement {@code id}; call before the response starts. */
    public void checkExport(long id) {
        visible(id);
    }

    /** Writes a statement's lines as {@code format}. */
    public void export(long id, @NotNull ExportFormat format, @NotNull OutputStream out) {
        var statement = visible(id);
        String title = "Statement " + (statement.getStatementNumber() != null ? statement.getStatementNumber() : "#" + id)
                + ", " + statement.getModel() + ", " + statement.period().from() + " to " + statement.period().to()
                + ", revision " + statement.getRevision() + ", " + statement.getStatus();
        try (var writer = TableWriter.open(format, out, title, LINE_COLUMNS)) {
            for (var line : lines(id).getResultList()) {
                writer.row(Arrays.asList(line.getLineNo(), line.getKind().name(), line.getDescription(),
                        line.getBasisAmount(), line.getPercent(), line.getAmount(), line.getCurrency(), line.getSources(),
                        line.getRegistrationId(), line.getSessionId()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written", e);
        }
    }

    /** The vendor's overview of a period: totals by model and currency, accrued against confirmed. */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.FINANCE})
    public VendorOverview overview(@NotNull String period) {
        var p = periods.parse(period);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.model, s.direction, l.currency, COUNT(DISTINCT s.id),
                       COALESCE(SUM(CASE WHEN s.status <> 'LOCKED' THEN l.amount END), 0),
                       COALESCE(SUM(CASE WHEN s.status = 'LOCKED' THEN l.amount END), 0)
                  FROM partner_statement s JOIN partner_statement_line l ON l.statement_id = s.id
                 WHERE s.period_from = :from
                 GROUP BY s.model, s.direction, l.currency ORDER BY s.model, l.currency""")
                .setParameter("from", p.from()).getResultList();
        long statements = em.createQuery("select count(s) from PartnerStatement s where s.periodFrom = :from", Long.class)
                .setParameter("from", p.from()).getSingleResult();
        long open = em.createQuery("""
                        select count(d) from StatementDispute d, PartnerStatement s
                        where d.statementId = s.id and s.periodFrom = :from and d.status = :open""", Long.class)
                .setParameter("from", p.from()).setParameter("open", DisputeStatus.OPEN).getSingleResult();
        return new VendorOverview(StatementPeriods.key(p), statements, open, rows.stream()
                .map(r -> new VendorOverview.Total((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                        decimal(r[4]), decimal(r[5]))).toList());
    }

    /** One page of all partners' statements of a period, by partner name (the vendor's list). */
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.FINANCE})
    public Page<StatementSummary> allOf(@NotNull String period, @NotNull @Valid PageRequest page) {
        var p = periods.parse(period);
        long total = em.createQuery("select count(s) from PartnerStatement s where s.periodFrom = :from", Long.class)
                .setParameter("from", p.from()).getSingleResult();
        var statements = em.createQuery("""
                        select s from PartnerStatement s, Partner pa where pa.id = s.partnerId and s.periodFrom = :from
                        order by pa.name, s.id""", PartnerStatement.class)
                .setParameter("from", p.from()).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(summaries(statements), total, page);
    }

    private PartnerStatement visible(long id) {
        var statement = em.find(PartnerStatement.class, id);
        if (statement == null) {
            throw new NotFoundException("Statement", id);
        }
        if (!access.seesEveryPartner()) {
            access.requireWholePartner();
            Long own = access.ownPartner();
            if (own == null || own != statement.getPartnerId()) {
                throw new NotFoundException("Statement", id);
            }
        }
        return statement;
    }

    /**
     * A statement's lines in line order, read only: a statement holds up to a few thousand of them, and
     * lines read for showing or writing need neither Hibernate's snapshot of each nor its dirty check at commit.
     */
    private TypedQuery<PartnerStatementLine> lines(long statementId) {
        return em.createQuery("select l from PartnerStatementLine l where l.statementId = :id order by l.lineNo",
                PartnerStatementLine.class).setParameter("id", statementId)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
    }

    /** Summaries with their totals, line counts and open disputes, each read in one query for the whole list. */
    private List<StatementSummary> summaries(List<PartnerStatement> statements) {
        if (statements.isEmpty()) {
            return List.of();
        }
        Collection<Long> ids = statements.stream().map(PartnerStatement::getId).toList();
        Map<Long, List<StatementSummary.Amount>> totals = new LinkedHashMap<>();
        Map<Long, Long> lines = new LinkedHashMap<>();
        em.createQuery("""
                        select l.statementId, l.currency, sum(l.amount), count(l) from PartnerStatementLine l
                        where l.statementId in :ids group by l.statementId, l.currency order by l.currency""", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> {
                    totals.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                            .add(new StatementSummary.Amount((String) r[1], decimal(r[2])));
                    lines.merge((Long) r[0], (Long) r[3], Long::sum);
                });
        Map<Long, Long> disputes = new LinkedHashMap<>();
        em.createQuery("""
                        select d.statementId, count(d) from StatementDispute d where d.statementId in :ids and d.status = :open
                        group by d.statementId""", Object[].class)
                .setParameter("ids", ids).setParameter("open", DisputeStatus.OPEN).getResultList()
                .forEach(r -> disputes.put((Long) r[0], (Long) r[1]));
        Map<Long, String> names = new LinkedHashMap<>();
        em.createQuery("select p.id, p.name from Partner p where p.id in :ids", Object[].class)
                .setParameter("ids", statements.stream().map(PartnerStatement::getPartnerId).distinct().toList())
                .getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        return statements.stream().map(s -> new StatementSummary(s.getId(), s.getPartnerId(), names.get(s.getPartnerId()),
                s.getAgreementId(), s.getModel().name(), s.getDirection().name(), s.period().from(), s.period().to(),
                s.getStatus().name(), s.getRevision(), s.getIssuedAt(), s.getReviewDueAt(), s.getStatementNumber(),
                totals.getOrDefault(s.getId(), List.of()), lines.getOrDefault(s.getId(), 0L),
                disputes.getOrDefault(s.getId(), 0L))).toList();
    }

    private static StatementView.Line line(PartnerStatementLine l) {
        return new StatementView.Line(l.getId(), l.getLineNo(), l.getKind().name(), l.getDescription(), l.getBasisAmount(),
                l.getPercent(), l.getAmount(), l.getCurrency(), l.getSources(), l.getRegistrationId(), l.getSessionId(),
                l.getTrainerId(), l.getCourseId(), l.getOfferingId(), l.getLocationId(), l.getAdjustsStatementId(),
                l.getDisputeId());
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
