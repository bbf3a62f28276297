package org.partneracademy.reporting.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.partneracademy.platform.error.NotFoundException;
import org.partneracademy.platform.paging.Like;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.platform.security.Role;
import org.partneracademy.reporting.StatementPeriods;
import org.partneracademy.reporting.export.Column;
import org.partneracademy.reporting.export.ExportFormat;
import org.partneracademy.reporting.export.TableWriter;
import org.partneracademy.reporting.statement.StatementPeriod;

/**
 * A partner's registration report from the registrations ledger: a page of rows for a screen, the totals
 * per currency, and the whole report written to an export in chunks of {@value #CHUNK} rows, so memory
 * stays flat whatever the report's size.
 */
@Stateless
@RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.FINANCE, Role.Names.PARTNER_ADMIN})
public class RegistrationReports {

    static final int CHUNK = 500;

    /** How many of a report's first rows the totals' pass finds the ids of (carried back per currency). */
    static final int ROWS_FOUND_WITH_TOTALS = 2_000;

    /** At most this many courses or offerings suggested for what a user has typed. */
    static final int SUGGESTIONS = 15;

    /** The columns of an export, in the order of {@link #cells}. */
    public static final List<Column> COLUMNS = List.of(
            Column.number("Registration"), Column.text("Registered at (UTC)"), Column.text("Role"),
            Column.text("Learner"), Column.text("Location"), Column.text("Course code"), Column.text("Course"),
            Column.text("Offering"), Column.number("Session"), Column.text("Trainers"), Column.text("State"),
            Column.money("List price"), Column.money("Discount"), Column.money("Refunded"), Column.money("Net"),
            Column.text("Currency"));

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    StatementPeriods periods;

    @Inject
    ReportAccess access;

    @Inject
    org.partneracademy.platform.time.AcademyClock clock;

    /** Checks the query and the caller's right to it before anything is written; returns its period. */
    public StatementPeriod check(@NotNull @Valid RegistrationReportQuery query) {
        access.requirePartner(query.partnerId());
        var period = periods.parse(query.period());
        var limit = access.reportLocations();
        if (query.locationId() != null && (!limit.isEmpty() && !limit.contains(query.locationId()) || em.createNativeQuery(
                "SELECT COUNT(*) FROM partner_location WHERE id = :id AND partner_id = :partner")
                .setParameter("id", query.locationId()).setParameter("partner", query.partnerId())
                .getSingleResult() instanceof Number n && n.longValue() == 0)) {
            throw new NotFoundException("Location", query.locationId());
        }
        return period;
    }

    /** The report's query for the caller: checked, and limited to a location admin's locations. */
    private RegistrationReportSql sql(RegistrationReportQuery query) {
        return new RegistrationReportSql(query, check(query), access.reportLocations());
    }

    /**
     * The report as a screen shows it: the totals, which also count the rows, and the asked page of rows.
     * The totals pass over the partner's registrations of the period once and bring back the first ids in
     * id order as well, so a page within the first {@value #ROWS_FOUND_WITH_TOTALS} rows costs that one pass
     * plus a look-up of its own rows by id; a page further on is read by the rows query.
     */
    public RegistrationReport run(@NotNull @Valid RegistrationReportQuery query, @NotNull @Valid PageRequest page) {
        var sql = sql(query);
        int upTo = page.offset() + page.size();
        if (upTo > ROWS_FOUND_WITH_TOTALS) {
            var totals = totals(sql);
            return new RegistrationReport(rows(sql, page, RegistrationReport.count(totals)), totals);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = sql.bind(em.createNativeQuery(sql.totals(upTo))).getResultList();
        var totals = result.stream().map(RegistrationReports::total).toList();
        long count = RegistrationReport.count(totals);
        var firstIds = new ArrayList<Long>();
        for (Object[] currency : result) {
            var ids = RegistrationReportSql.firstIds(text(currency[6]), ((Number) currency[1]).longValue(), upTo);
            if (ids.isEmpty()) {
                // Cut short by the server: the rows query reads the page instead.
                return new RegistrationReport(rows(sql, page, count), totals);
            }
            firstIds.addAll(ids.get());
        }
        var pageIds = firstIds.stream().sorted().skip(page.offset()).limit(page.size()).toList();
        List<RegistrationReportRow> rows = pageIds.isEmpty() ? List.of()
                : rows(sql.bindPeriod(em.createNativeQuery(RegistrationReportSql.rowsOf())).setParameter("ids", pageIds)
                        .getResultList());
        return new RegistrationReport(Page.of(rows, count, page), totals);
    }

    /** Another page of a report whose count the caller already has from {@link #run} or {@link #totals}. */
    public Page<RegistrationReportRow> rows(@NotNull @Valid RegistrationReportQuery query, @NotNull @Valid PageRequest page,
            @Min(0) long count) {
        return rows(sql(query), page, count);
    }

    public List<RegistrationReportTotal> totals(@NotNull @Valid RegistrationReportQuery query) {
        return totals(sql(query));
    }

    private List<RegistrationReportRow> rows(RegistrationReportSql sql, PageRequest page) {
        return rows(sql.bind(em.createNativeQuery(sql.rows()))
                .setParameter("limit", page.size()).setParameter("offset", page.offset()).getResultList());
    }

    private Page<RegistrationReportRow> rows(RegistrationReportSql sql, PageRequest page, long count) {
        List<RegistrationReportRow> rows = page.offset() >= count ? List.of() : rows(sql, page);
        return Page.of(rows, count, page);
    }

    private List<RegistrationReportTotal> totals(RegistrationReportSql sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = sql.bind(em.createNativeQuery(sql.totals())).getResultList();
        return result.stream().map(RegistrationReports::total).toList();
    }

    private static RegistrationReportTotal total(Object[] r) {
        return new RegistrationReportTotal((String) r[0], ((Number) r[1]).longValue(), decimal(r[2]), decimal(r[3]),
                decimal(r[4]), decimal(r[5]));
    }

    /** The rows after registration {@code afterId}, at most {@code limit}: how an export walks the report. */
    public List<RegistrationReportRow> chunk(@NotNull @Valid RegistrationReportQuery query, long afterId,
            @Min(1) @Max(CHUNK) int limit) {
        var sql = sql(query);
        return rows(sql.bind(em.createNativeQuery(sql.rowsAfter()))
                .setParameter("after", afterId).setParameter("limit", limit).getResultList());
    }

    /**
     * Writes the whole report as {@code format}, chunk by chunk. Call {@link #check} first, while an error
     * can still become a problem answer: once writing has begun, the response is under way.
     */
    public void export(@NotNull @Valid RegistrationReportQuery query, @NotNull ExportFormat format, @NotNull OutputStream out) {
        var sql = sql(query);
        String title = "Registration report " + query.period() + ", partner " + query.partnerId();
        try (var writer = TableWriter.open(format, out, title, COLUMNS)) {
            long after = 0;
            List<RegistrationReportRow> chunk;
            do {
                chunk = rows(sql.bind(em.createNativeQuery(sql.rowsAfter()))
                        .setParameter("after", after).setParameter("limit", CHUNK).getResultList());
                for (var row : chunk) {
                    writer.row(cells(row));
                    after = row.registrationId();
                }
                // Native rows are not managed, but clear anyway: nothing of a long export may pile up.
                em.clear();
            } while (chunk.size() == CHUNK);
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written", e);
        }
    }

    /**
     * The filter menus of a partner's report form: its locations and its trainers, a few dozen entries
     * each. Courses and offerings are not menus but searches ({@link #courseSuggestions}): the catalog runs
     * to thousands of entries, which every opening of the form would otherwise read and send.
     */
    public ReportChoices choices(long partnerId) {
        access.requirePartner(partnerId);
        return new ReportChoices(locationChoices(partnerId), choices("""
                SELECT p.id, p.display_name FROM person p JOIN person_role pr ON pr.person_id = p.id
                 WHERE p.partner_id = :partner AND pr.role = 'TRAINER' ORDER BY p.display_name""", partnerId));
    }

    /**
     * The catalog's courses (those with an offering) whose code or title contains {@code text}, by code:
     * the catalog's, not the partner's, since which courses a partner has registrations of would mean
     * reading its whole history.
     */
    public List<ReportChoices.Choice> courseSuggestions(long partnerId, @Size(max = 200) String text) {
        return suggestions(partnerId, text, """
                SELECT c.id, CONCAT(c.code, ' ', c.title) FROM course c
                 WHERE EXISTS (SELECT 1 FROM course_offering o WHERE o.course_id = c.id)
                   AND (c.code LIKE :text ESCAPE '!' OR c.title LIKE :text ESCAPE '!')
                 ORDER BY c.code, c.id""");
    }

    /** The catalog's offerings of the courses whose code or title contains {@code text}, by code and kind. */
    public List<ReportChoices.Choice> offeringSuggestions(long partnerId, @Size(max = 200) String text) {
        return suggestions(partnerId, text, """
                SELECT o.id, CONCAT(c.code, ' ', o.kind, ' ', c.title) FROM course_offering o JOIN course c ON c.id = o.course_id
                 WHERE c.code LIKE :text ESCAPE '!' OR c.title LIKE :text ESCAPE '!'
                 ORDER BY c.code, o.kind, o.id""");
    }

    private List<ReportChoices.Choice> suggestions(long partnerId, String text, String sql) {
        access.requirePartner(partnerId);
        String pattern = Like.containing(text);
        if (pattern == null) {
            return List.of();
        }
        return choices(em.createNativeQuery(sql).setParameter("text", pattern).setMaxResults(SUGGESTIONS));
    }

    /** The partner's locations, or a location admin's own. */
    private List<ReportChoices.Choice> locationChoices(long partnerId) {
        var limit = access.reportLocations();
        var query = em.createNativeQuery("SELECT id, name FROM partner_location WHERE partner_id = :partner"
                + (limit.isEmpty() ? "" : " AND id IN (:locations)") + " ORDER BY name");
        if (!limit.isEmpty()) {
            query.setParameter("locations", limit);
        }
        return choices(query, partnerId);
    }

    private List<ReportChoices.Choice> choices(String sql, long partnerId) {
        return choices(em.createNativeQuery(sql), partnerId);
    }

    private List<ReportChoices.Choice> choices(jakarta.persistence.Query query, long partnerId) {
        return choices(query.setParameter("partner", partnerId).setMaxResults(500));
    }

    /** Menu entries from a query of (id, label) rows. */
    private static List<ReportChoices.Choice> choices(jakarta.persistence.Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ReportChoices.Choice(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    /** The latest period that has ended: what a report form shows first. */
    public String lastEndedPeriod() {
        return StatementPeriods.key(periods.lastEndedBefore(java.time.LocalDate.now(clock)));
    }

    /** The caller's own partner, for the partner admin's pages; null for the vendor's staff. */
    public Long ownPartner() {
        return access.ownPartner();
    }

    public static List<Object> cells(RegistrationReportRow row) {
        return Arrays.asList(row.registrationId(), row.registeredAt() == null ? null : row.registeredAt().toString(),
                row.role(), row.learner(), row.location(), row.courseCode(), row.courseTitle(), row.offeringKind(),
                row.sessionId(), row.trainers(), row.state(), row.listPrice(), row.discount(), row.refunded(), row.net(),
                row.currency());
    }

    @SuppressWarnings("unchecked")
    private static List<RegistrationReportRow> rows(List<?> result) {
        return ((List<Object[]>) result).stream().map(RegistrationReports::row).toList();
    }

    private static RegistrationReportRow row(Object[] r) {
        String state = (String) r[11];
        BigDecimal list = decimal(r[12]);
        BigDecimal discount = decimal(r[13]);
        BigDecimal refunded = decimal(r[14]);
        BigDecimal net = RegistrationReportSql.chargeable(state) ? list.subtract(discount).subtract(refunded)
                : BigDecimal.ZERO.setScale(2);
        return new RegistrationReportRow(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], id(r[7]), (String) r[8], id(r[9]), (String) r[10], state,
                list, discount, refunded, net, (String) r[15]);
    }

    /** A GROUP_CONCAT's text: a string, or a CLOB once it is longer than MariaDB keeps in a VARCHAR. */
    private static String text(Object value) {
        try {
            return value == null ? "" : value instanceof Clob clob ? clob.getSubString(1, (int) clob.length())
                    : value.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("The report's first ids could not be read", e);
        }
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        var d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return d.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        return value instanceof Instant i ? i : null;
    }
}
