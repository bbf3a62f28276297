package org.partneracademy.reporting.report;

import jakarta.persistence.Query;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partneracademy.platform.paging.Like;
import org.partneracademy.reporting.statement.StatementPeriod;

/**
 * The report's one query, written by hand so that it reads the ledger the way its indexes allow: the
 * partner's registrations by seller and by deliverer (V15's indexes), kept if they have an event in the
 * period (V17's index on registration and time), each with its state at period end and its refunds in
 * the period as correlated look-ups of that same index. Filters only add conditions; values are always
 * bound, never spliced.
 */
final class RegistrationReportSql {

    /** Seats whose money is not owed: cancelled in time, or voided by the vendor. */
    private static final String NOT_CHARGEABLE = "('CANCELLED', 'VOIDED')";

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    /** Whether a filter reads the enrollment (course, learner's location); the totals join it only then. */
    private boolean filtersOnEnrollment;

    RegistrationReportSql(RegistrationReportQuery query, StatementPeriod period) {
        this(query, period, Set.of());
    }

    /** @param locations the learners' locations a location admin is limited to; empty: no limit */
    RegistrationReportSql(RegistrationReportQuery query, StatementPeriod period, Set<Long> locations) {
        parameters.put("partner", query.partnerId());
        parameters.put("periodStart", period.from().atStartOfDay().toInstant(ZoneOffset.UTC));
        parameters.put("periodEnd", period.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        where.append("""
                 WHERE (r.selling_partner_id = :partner OR r.delivering_partner_id = :partner)
                   AND EXISTS (SELECT 1 FROM registration_event pe WHERE pe.registration_id = r.id
                               AND pe.occurred_at >= :periodStart AND pe.occurred_at < :periodEnd)""");
        if (query.courseId() != null) {
            where.append(" AND e.course_id = :course");
            parameters.put("course", query.courseId());
            filtersOnEnrollment = true;
        }
        if (query.offeringId() != null) {
            where.append(" AND r.offering_id = :offering");
            parameters.put("offering", query.offeringId());
        }
        if (query.locationId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM person_location fl WHERE fl.person_id = e.learner_id"
                    + " AND fl.location_id = :location)");
            parameters.put("location", query.locationId());
            filtersOnEnrollment = true;
        }
        if (!locations.isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM person_location sl WHERE sl.person_id = e.learner_id"
                    + " AND sl.location_id IN (:scopeLocations))");
            parameters.put("scopeLocations", locations);
            filtersOnEnrollment = true;
        }
        String learner = Like.containing(query.learner());
        if (learner != null) {
            where.append(" AND EXISTS (SELECT 1 FROM person fp WHERE fp.id = e.learner_id"
                    + " AND fp.display_name LIKE :learner ESCAPE '!')");
            parameters.put("learner", learner);
            filtersOnEnrollment = true;
        }
        if (query.trainerId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM session_instructor ft WHERE ft.session_id = r.session_id"
                    + " AND ft.person_id = :trainer)");
            parameters.put("trainer", query.trainerId());
        }
    }

    /**
     * A page of the report is the partner's matching registrations in id order. Left to itself, MariaDB
     * reads such a page by walking the whole table's primary key until it has found enough rows: quick when
     * the partner's rows of the period come early, a scan of every registration (0.9 s on a million) when
     * there are few or none. Reading the partner's registrations by seller and deliverer (V15's indexes)
     * and sorting those costs at most the partner's own history, whatever the period.
     */
    private static final String FROM = """
             FROM registration r IGNORE INDEX FOR ORDER BY (PRIMARY)
             JOIN enrollment e ON e.id = r.enrollment_id
            """;

    /** A registration's state at period end: its latest seat event (a refund is money, not a state). */
    private static final String STATE = """
            (SELECT se.event_type FROM registration_event se WHERE se.registration_id = r.id
                AND se.occurred_at < :periodEnd AND se.event_type <> 'REFUNDED'
              ORDER BY se.occurred_at DESC, se.id DESC LIMIT 1)""";

    /** What was refunded on a registration within the period. */
    private static final String REFUNDED = """
            (SELECT COALESCE(SUM(re.amount), 0) FROM registration_event re WHERE re.registration_id = r.id
                AND re.event_type = 'REFUNDED' AND re.occurred_at >= :periodStart AND re.occurred_at < :periodEnd)""";

    /** The columns of {@link RegistrationReportRow}, in its order. */
    private static final String ROW = """
            SELECT r.id, r.created_at,
                   CASE WHEN r.selling_partner_id = :partner THEN 'SOLD' ELSE 'DELIVERED' END,
                   l.display_name,
                   (SELECT MIN(pl.name) FROM person_location lp JOIN partner_location pl ON pl.id = lp.location_id
                     WHERE lp.person_id = l.id),
                   c.code, c.title, r.offering_id, o.kind, r.session_id,
                   (SELECT GROUP_CONCAT(tp.display_name ORDER BY tp.display_name SEPARATOR ', ')
                      FROM session_instructor si JOIN person tp ON tp.id = si.person_id WHERE si.session_id = r.session_id),
                   """ + STATE + """
             AS state,
                   r.list_price, r.discount_amount,
                   """ + REFUNDED + """
             AS refunded,
                   r.currency
            """ + FROM + """
             JOIN person l ON l.id = e.learner_id
             JOIN course c ON c.id = e.course_id
             LEFT JOIN course_offering o ON o.id = r.offering_id
            """;

    String rows() {
        return ROW + where + " ORDER BY r.id LIMIT :limit OFFSET :offset";
    }

    /** The next chunk after a registration id: an export walks the report by id, never by offset. */
    String rowsAfter() {
        return ROW + where + " AND r.id > :after ORDER BY r.id LIMIT :limit";
    }

    /**
     * The totals per currency, and with them the report's count: only what the sums need is read per
     * registration (its state and refunds), none of the names a row shows.
     */
    String totals() {
        return totals(0);
    }

    /**
     * The totals, and with each currency's the ids of its first {@code firstIds} registrations in id order
     * (column 7, comma-separated; none when 0): the first ids of the whole report are among them, so the
     * one pass the totals make over the partner's registrations also finds a page's rows.
     */
    String totals(int firstIds) {
        return """
                SELECT t.currency, COUNT(*), SUM(t.list_price), SUM(t.discount_amount), SUM(t.refunded),
                       SUM(CASE WHEN t.state IN %s THEN 0 ELSE t.list_price - t.discount_amount - t.refunded END)%s
                  FROM (SELECT r.id, r.currency, r.list_price, r.discount_amount, %s AS state, %s AS refunded
                          FROM registration r%s
%s) t
                 GROUP BY t.currency ORDER BY t.currency""".formatted(NOT_CHARGEABLE,
                firstIds > 0 ? ", GROUP_CONCAT(CONCAT(t.id, '" + ID_END + "') ORDER BY t.id SEPARATOR ',' LIMIT " + firstIds + ")"
                        : "",
                STATE, REFUNDED, filtersOnEnrollment ? " JOIN enrollment e ON e.id = r.enrollment_id" : "", where);
    }

    /**
     * Ends each id in the totals' list: a server whose {@code group_concat_max_len} is small (MySQL's default
     * is 1 KB) cuts the list short, possibly in the middle of an id, which would then read as another id.
     */
    private static final char ID_END = '.';

    /**
     * The ids of a {@link #totals(int)} row (its column 7) for a currency with {@code count} registrations,
     * or empty when the list was cut short: a whole list holds min(count, wanted) ids, each ended.
     */
    static Optional<List<Long>> firstIds(String listed, long count, int wanted) {
        var ids = listed == null || listed.isEmpty() ? List.<String>of() : List.of(listed.split(",", -1));
        boolean whole = ids.size() == Math.min(count, wanted)
                && ids.stream().allMatch(id -> id.length() > 1 && id.charAt(id.length() - 1) == ID_END);
        if (!whole) {
            return Optional.empty();
        }
        return Optional.of(ids.stream().map(id -> Long.valueOf(id.substring(0, id.length() - 1))).toList());
    }

    /** The rows of the registrations {@code :ids} (already found by {@link #totals(int)}), in id order. */
    static String rowsOf() {
        return ROW + " WHERE r.id IN (:ids) ORDER BY r.id";
    }

    /** Binds what {@link #rowsOf()} reads besides the ids: the partner and the period. */
    <Q extends Query> Q bindPeriod(Q query) {
        for (String name : List.of("partner", "periodStart", "periodEnd")) {
            query.setParameter(name, parameters.get(name));
        }
        return query;
    }

    static boolean chargeable(String state) {
        return state != null && !NOT_CHARGEABLE.contains("'" + state + "'");
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    boolean uses(String name) {
        return parameters.containsKey(name);
    }
}
