package org.partneracademy.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.TreeMap;

/**
 * The reference the statements benchmark measures the application against: the same totals written by
 * hand as plain SQL over the ledger, one round trip each, no application in between. Each line is rounded
 * to cents half-even before it is summed, as {@code Money} does; the licence fee assumes a period inside
 * one agreement year (a calendar month of an agreement starting on the first of a month).
 *
 * <p>The rules are those of {@code Statements.settle}: a registration is settled in the period its seat was
 * taken (its {@code created_at}), with its state at the period's end; cancelled in time or voided earns
 * nothing; a reseller pays list less its discount, a revenue-share partner earns its share of list less the
 * learner's discount and refunds; a delivery day pays the day rate times the trainer's share (lead 100 %,
 * a candidate the share frozen on the candidacy step, else the agreement's).
 */
final class LedgerSql {

    /** Cents, half-even, of a non-negative DECIMAL with more places. */
    private static String cents(String x) {
        return "IF(MOD(FLOOR((" + x + ") * 1000), 10) = 5 AND (" + x + ") * 1000 = FLOOR((" + x + ") * 1000)"
                + " AND MOD(FLOOR((" + x + ") * 100), 2) = 0, FLOOR((" + x + ") * 100) / 100, ROUND(" + x + ", 2))";
    }

    /** (partner, registration): the seller's, and the deliverer's too (read by a revenue share only). */
    private static final String SETTLED = """
            SELECT r.id, m.partner_id, m.partner_id = r.selling_partner_id AS sold, r.currency, r.list_price,
                   r.discount_amount,
                   (SELECT v.event_type FROM registration_event v
                     WHERE v.registration_id = r.id AND v.occurred_at < :end AND v.event_type <> 'REFUNDED'
                     ORDER BY v.occurred_at DESC, v.id DESC LIMIT 1) AS state,
                   (SELECT COALESCE(SUM(v.amount), 0) FROM registration_event v
                     WHERE v.registration_id = r.id AND v.event_type = 'REFUNDED' AND v.occurred_at < :end) AS refunded
              FROM (SELECT id, selling_partner_id AS partner_id FROM registration
                     WHERE created_at >= :start AND created_at < :end %s
                    UNION
                    SELECT id, delivering_partner_id FROM registration
                     WHERE delivering_partner_id IS NOT NULL AND created_at >= :start AND created_at < :end %s) m
              JOIN registration r ON r.id = m.id""";

    private static final String SEATS = """
            SELECT a.partner_id, s.currency, a.model, COUNT(*) AS lines_,
                   SUM(CASE WHEN s.state IN ('CANCELLED', 'VOIDED') THEN 0
                            WHEN a.model = 'RESELLER' THEN %s
                            ELSE %s END) AS amount
              FROM (%s) s
              JOIN partner_agreement a ON a.partner_id = s.partner_id
                   AND (a.model = 'REVENUE_SHARE' OR (a.model = 'RESELLER' AND s.sold))
                   AND a.valid_from <= :to AND (a.valid_to IS NULL OR a.valid_to >= :from)
             GROUP BY a.partner_id, s.currency, a.model""".formatted(
            cents("s.list_price * (100 - a.discount_percent) / 100"),
            cents("(s.list_price - s.discount_amount - s.refunded) * a.revenue_share_percent / 100"), SETTLED);

    private static final String DELIVERY_DAYS = """
            SELECT a.partner_id, a.currency, a.model, COUNT(*) AS lines_,
                   SUM(%s) AS amount
              FROM partner_agreement a
              JOIN training_session t ON t.delivering_partner_id = a.partner_id AND t.status <> 'CANCELLED'
              JOIN session_day d ON d.session_id = t.id AND d.day BETWEEN :from AND :to
                   AND d.day >= a.valid_from AND (a.valid_to IS NULL OR d.day <= a.valid_to)
              JOIN session_instructor i ON i.session_id = t.id
              JOIN person p ON p.id = i.person_id AND p.partner_id = a.partner_id
              LEFT JOIN (SELECT k.candidate_id, cs.session_id, MAX(cs.kind) AS kind, MAX(cs.billing_percent) AS percent
                           FROM candidacy_step cs JOIN trainer_candidacy k ON k.id = cs.candidacy_id
                          WHERE cs.kind IN ('CO_DELIVERY', 'SHADOWING')
                          GROUP BY k.candidate_id, cs.session_id) step
                     ON step.session_id = t.id AND step.candidate_id = i.person_id
             WHERE a.model = 'PAY_PER_DELIVERY' AND a.valid_from <= :to AND (a.valid_to IS NULL OR a.valid_to >= :from) %s
             GROUP BY a.partner_id, a.currency, a.model""".formatted(cents("""
            a.day_rate * (CASE WHEN i.role = 'LEAD' THEN 100
                               WHEN step.percent IS NOT NULL THEN step.percent
                               WHEN step.kind = 'SHADOWING' THEN a.shadow_billing_percent
                               ELSE a.co_delivery_billing_percent END) / 100"""), "%s");

    private static final String LICENCE_FEES = """
            SELECT y.partner_id, y.currency, y.model, 1 AS lines_,
                   %s - %s AS amount
              FROM (SELECT a.partner_id, a.currency, a.model, a.annual_fee,
                           DATEDIFF(ys.year_start + INTERVAL 1 YEAR, ys.year_start) AS year_days,
                           DATEDIFF(GREATEST(:from, a.valid_from), ys.year_start) AS before_days,
                           DATEDIFF(LEAST(:to, COALESCE(a.valid_to, :to)), ys.year_start) + 1 AS upto_days
                      FROM partner_agreement a
                      JOIN (SELECT id, valid_from + INTERVAL TIMESTAMPDIFF(YEAR, valid_from, GREATEST(:from, valid_from)) YEAR
                                   AS year_start FROM partner_agreement) ys ON ys.id = a.id
                     WHERE a.model = 'CONTENT_LICENSING' AND a.valid_from <= :to
                       AND (a.valid_to IS NULL OR a.valid_to >= :from) %s) y""".formatted(
            cents("y.annual_fee * y.upto_days / y.year_days"), cents("y.annual_fee * y.before_days / y.year_days"), "%s");

    /** A partner's registration report totals, as the report defines them (sold or delivered, any event in the period). */
    private static final String REPORT_TOTALS = """
            SELECT t.currency, COUNT(*), SUM(t.list_price), SUM(t.discount_amount),
                   SUM(CASE WHEN t.state IN ('CANCELLED', 'VOIDED') THEN 0
                            ELSE t.list_price - t.discount_amount - t.refunded END)
              FROM (SELECT r.id, r.currency, r.list_price, r.discount_amount,
                           (SELECT v.event_type FROM registration_event v
                             WHERE v.registration_id = r.id AND v.occurred_at < :end AND v.event_type <> 'REFUNDED'
                             ORDER BY v.occurred_at DESC, v.id DESC LIMIT 1) AS state,
                           (SELECT COALESCE(SUM(v.amount), 0) FROM registration_event v WHERE v.registration_id = r.id
                             AND v.event_type = 'REFUNDED' AND v.occurred_at >= :start AND v.occurred_at < :end) AS refunded
                      FROM registration r
                     WHERE (r.selling_partner_id = :partner OR r.delivering_partner_id = :partner)
                       AND EXISTS (SELECT 1 FROM registration_event pe WHERE pe.registration_id = r.id
                                   AND pe.occurred_at >= :start AND pe.occurred_at < :end)) t
             GROUP BY t.currency""";

    private LedgerSql() {
    }

    /** Statement totals of every partner, keyed "partner/model/currency" → lines and amount. */
    static TreeMap<String, Totals> statementTotals(Connection connection, LocalDate from, LocalDate to)
            throws SQLException {
        return statementTotals(connection, from, to, null);
    }

    /** One partner's statement totals (null: every partner). */
    static TreeMap<String, Totals> statementTotals(Connection connection, LocalDate from, LocalDate to, Long partner)
            throws SQLException {
        var totals = new TreeMap<String, Totals>();
        String seats = SEATS.formatted(partner == null ? "" : "AND selling_partner_id = :partner",
                partner == null ? "" : "AND delivering_partner_id = :partner");
        String days = DELIVERY_DAYS.formatted(partner == null ? "" : "AND a.partner_id = :partner");
        String fees = LICENCE_FEES.formatted(partner == null ? "" : "AND a.partner_id = :partner");
        for (String sql : new String[] {seats, days, fees}) {
            try (var statement = Named.prepare(connection, sql, from, to, partner); var rows = statement.executeQuery()) {
                while (rows.next()) {
                    totals.merge(rows.getLong(1) + "/" + rows.getString(3) + "/" + rows.getString(2),
                            new Totals(rows.getLong(4), rows.getBigDecimal(5)), Totals::plus);
                }
            }
        }
        return totals;
    }

    /** The statements the application issued for the period, in the same keys. */
    static TreeMap<String, Totals> issuedTotals(Connection connection, LocalDate from) throws SQLException {
        var totals = new TreeMap<String, Totals>();
        try (var statement = connection.prepareStatement("""
                SELECT s.partner_id, s.model, l.currency, COUNT(*), SUM(l.amount)
                  FROM partner_statement s JOIN partner_statement_line l ON l.statement_id = s.id
                 WHERE s.period_from = ? GROUP BY s.partner_id, s.model, l.currency""")) {
            statement.setDate(1, Date.valueOf(from));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    totals.put(rows.getLong(1) + "/" + rows.getString(2) + "/" + rows.getString(3),
                            new Totals(rows.getLong(4), rows.getBigDecimal(5)));
                }
            }
        }
        return totals;
    }

    /** A partner's registration report totals by currency: registrations and net. */
    static TreeMap<String, Totals> reportTotals(Connection connection, LocalDate from, LocalDate to, long partner)
            throws SQLException {
        var totals = new TreeMap<String, Totals>();
        try (var statement = Named.prepare(connection, REPORT_TOTALS, from, to, partner); var rows = statement.executeQuery()) {
            while (rows.next()) {
                totals.put(rows.getString(1), new Totals(rows.getLong(2), rows.getBigDecimal(5)));
            }
        }
        return totals;
    }

    record Totals(long lines, BigDecimal amount) {

        Totals plus(Totals other) {
            return new Totals(lines + other.lines, amount.add(other.amount));
        }

        boolean sameAmount(Totals other) {
            return other != null && amount.compareTo(other.amount) == 0;
        }
    }

    /** Binds :from, :to (dates), :start, :end (the period as instants) and :partner by name. */
    private static final class Named {

        static java.sql.PreparedStatement prepare(Connection connection, String sql, LocalDate from, LocalDate to,
                Long partner) throws SQLException {
            var names = new java.util.ArrayList<String>();
            var matcher = java.util.regex.Pattern.compile(":(from|to|start|end|partner)\\b").matcher(sql);
            var jdbc = new StringBuilder();
            while (matcher.find()) {
                names.add(matcher.group(1));
                matcher.appendReplacement(jdbc, "?");
            }
            matcher.appendTail(jdbc);
            var statement = connection.prepareStatement(jdbc.toString());
            for (int i = 0; i < names.size(); i++) {
                switch (names.get(i)) {
                    case "from" -> statement.setDate(i + 1, Date.valueOf(from));
                    case "to" -> statement.setDate(i + 1, Date.valueOf(to));
                    case "start" -> statement.setTimestamp(i + 1, Timestamp.valueOf(from.atStartOfDay()));
                    case "end" -> statement.setTimestamp(i + 1, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
                    default -> statement.setLong(i + 1, partner);
                }
            }
            return statement;
        }
    }
}
