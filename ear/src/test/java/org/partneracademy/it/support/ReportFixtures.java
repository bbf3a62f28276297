package org.partneracademy.it.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A registrations ledger in an old month, written with JDBC because it lies in the past: two partners
 * (P, whose report the tests read, and Q, whose data P must never see), their locations, learners,
 * a partner admin each (the demo password), a trainer, two retired courses (so no catalog offers them) with
 * one offering each, two sessions delivered by P, and registrations with their events. What P's report for
 * {@code month} must show is spelled out below; the tests check the report against it.
 *
 * <p>P's registrations in the month: R1 at location A, EUR 100 less 10 discount, attended (net 90);
 * R2 at B, EUR 100, cancelled in time (net 0); R3 at A, USD 200 less 20, 30 refunded (net 150), whose
 * learner's name starts with "=" (formula injection); R4 at B, seat taken the month before and cancelled
 * late in the month (EUR 100, chargeable); R6 sold by Q but delivered by P (EUR 100). R5 (P's, next
 * month) and R7 (Q's own, not delivered by P) are not in P's report.
 */
public final class ReportFixtures {

    public static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"Click\")";

    /** What the fixture wrote: ids to filter by and the registrations P's report must hold. */
    public record Ledger(long partnerP, String adminP, long partnerQ, String adminQ, long locationA, long locationB,
            long locationQ, long courseX, long courseY, long offeringX, long offeringY, long trainer, long sessionX,
            Map<String, Long> registrations, String courseCodeX, String courseCodeY) {

        public long registration(String name) {
            return registrations.get(name);
        }
    }

    private ReportFixtures() {
    }

    /** Writes the ledger for {@code month} (one of the test's own, 2007 to 2009). */
    public static Ledger write(Connection db, YearMonth month) throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String passwordHash = single(db, "SELECT password_hash FROM person WHERE username = 'pa.contoso'");
        long p = insert(db, "INSERT INTO partner (name, partner_type, tier) VALUES (?, 'TRAINING_PARTNER', 'Silver')",
                "IT Report P " + tag);
        long q = insert(db, "INSERT INTO partner (name, partner_type, tier) VALUES (?, 'RESELLER', 'Silver')",
                "IT Report Q " + tag);
        long a = insert(db, "INSERT INTO partner_location (partner_id, name, city, country) VALUES (?, ?, 'Lyon', 'FR')",
                p, "Report A " + tag);
        long b = insert(db, "INSERT INTO partner_location (partner_id, name, city, country) VALUES (?, ?, 'Nice', 'FR')",
                p, "Report B " + tag);
        long lq = insert(db, "INSERT INTO partner_location (partner_id, name, city, country) VALUES (?, ?, 'Bonn', 'DE')",
                q, "Report Q " + tag);
        String adminP = "it.rpt.p." + tag;
        String adminQ = "it.rpt.q." + tag;
        person(db, adminP, "Paula Admin " + tag, p, passwordHash, a, "PARTNER_ADMIN");
        person(db, adminQ, "Quentin Admin " + tag, q, passwordHash, lq, "PARTNER_ADMIN");
        long trainer = person(db, "it.rpt.t." + tag, "Theo Trainer " + tag, p, passwordHash, a, "TRAINER");
        long l1 = person(db, "it.rpt.l1." + tag, "Lena One " + tag, p, passwordHash, a, "LEARNER");
        long l2 = person(db, "it.rpt.l2." + tag, "Luca Two " + tag, p, passwordHash, b, "LEARNER");
        long l3 = person(db, "it.rpt.l3." + tag, FORMULA_NAME, p, passwordHash, a, "LEARNER");
        long l4 = person(db, "it.rpt.l4." + tag, "Lotte Four " + tag, p, passwordHash, b, "LEARNER");
        long lq1 = person(db, "it.rpt.lq1." + tag, "Quinn Buyer " + tag, q, passwordHash, lq, "LEARNER");
        long lq2 = person(db, "it.rpt.lq2." + tag, "Quella Other " + tag, q, passwordHash, lq, "LEARNER");

        LocalDateTime start = month.atDay(1).atStartOfDay();
        String codeX = "RPT-X-" + tag;
        String codeY = "RPT-Y-" + tag;
        long courseX = course(db, codeX, "Report course X " + tag, start.minusMonths(6));
        long courseY = course(db, codeY, "Report course Y " + tag, start.minusMonths(6));
        long offeringX = insert(db, "INSERT INTO course_offering (course_id, kind, list_price, currency) VALUES (?, 'PUBLIC', 100.00, 'EUR')", courseX);
        long offeringY = insert(db, "INSERT INTO course_offering (course_id, kind, list_price, currency) VALUES (?, 'PUBLIC', 200.00, 'USD')", courseY);
        long sessionX = session(db, offeringX, p, start);
        long sessionY = session(db, offeringY, p, start);
        insert(db, "INSERT INTO session_instructor (session_id, person_id, role) VALUES (?, ?, 'LEAD')", sessionX, trainer);

        Map<String, Long> r = new LinkedHashMap<>();
        r.put("R1", registration(db, l1, courseX, offeringX, sessionX, p, p, "100.00", "10.00", "EUR",
                event("SEAT_TAKEN", start.plusDays(4), null), event("ATTENDED", start.plusDays(19), null)));
        r.put("R2", registration(db, l2, courseX, offeringX, sessionX, p, p, "100.00", "0.00", "EUR",
                event("SEAT_TAKEN", start.plusDays(5), null), event("CANCELLED", start.plusDays(6), null)));
        r.put("R3", registration(db, l3, courseY, offeringY, sessionY, p, p, "200.00", "20.00", "USD",
                event("SEAT_TAKEN", start.plusDays(9), null), event("REFUNDED", start.plusDays(14), "30.00")));
        r.put("R4", registration(db, l4, courseX, offeringX, sessionX, p, p, "100.00", "0.00", "EUR",
                event("SEAT_TAKEN", start.minusDays(10), null), event("LATE_CANCELLED", start.plusDays(1), null)));
        r.put("R5", registration(db, l1, courseY, offeringY, sessionY, p, p, "200.00", "0.00", "USD",
                event("SEAT_TAKEN", start.plusMonths(1).plusDays(1), null)));
        r.put("R6", registration(db, lq1, courseX, offeringX, sessionX, q, p, "100.00", "0.00", "EUR",
                event("SEAT_TAKEN", start.plusDays(11), null)));
        r.put("R7", registration(db, lq2, courseY, offeringY, null, q, null, "200.00", "0.00", "USD",
                event("SEAT_TAKEN", start.plusDays(12), null)));
        return new Ledger(p, adminP, q, adminQ, a, b, lq, courseX, courseY, offeringX, offeringY, trainer, sessionX, r,
                codeX, codeY);
    }

    /**
     * An issued statement of {@code partner} for {@code month} under a revenue-share agreement of that month,
     * written as the close would have written it: two lines in EUR (45.00 and, with a description a
     * spreadsheet would read as a formula, -5.00), and an open dispute on the second line when asked. Only
     * for the views, which read statements and never make them; {@code locked} gives it a number and hash.
     * Returns the statement id.
     */
    public static long statement(Connection db, long partner, YearMonth month, boolean locked, boolean disputed)
            throws SQLException {
        var from = java.sql.Date.valueOf(month.atDay(1));
        var to = java.sql.Date.valueOf(month.atEndOfMonth());
        var issued = Timestamp.valueOf(month.plusMonths(1).atDay(1).atTime(2, 0));
        long agreement = insert(db, "INSERT INTO partner_agreement (partner_id, model, valid_from, valid_to,"
                + " revenue_share_percent) VALUES (?, 'REVENUE_SHARE', ?, ?, 10.00)", partner, from, to);
        long run = insert(db, "INSERT INTO statement_run (period_from, period_to, status, started_by, started_at,"
                + " finished_at, statements_issued) VALUES (?, ?, 'ISSUED', 'report-fixture', ?, ?, 1)", from, to, issued, issued);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long statement = insert(db, "INSERT INTO partner_statement (run_id, partner_id, agreement_id, model, direction,"
                + " period_from, period_to, status, revision, issued_at, review_due_at, confirmed_via, confirmed_by,"
                + " confirmed_at, statement_number, content_hash, locked_at) VALUES (?, ?, ?, 'REVENUE_SHARE',"
                + " 'PARTNER_INVOICES_VENDOR', ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)", run, partner, agreement, from, to,
                locked ? "LOCKED" : disputed ? "DISPUTED" : "ISSUED", issued, issued,
                locked ? "PARTNER" : null, locked ? "report-fixture" : null, locked ? issued : null,
                locked ? "RPT-" + tag : null, locked ? "0".repeat(64) : null, locked ? issued : null);
        insert(db, "INSERT INTO partner_statement_line (statement_id, line_no, kind, description, basis_amount, percent,"
                + " amount, currency, sources, created_by, created_at) VALUES (?, 1, 'REVENUE_SHARE', 'Share of seats sold',"
                + " 450.0000, 10.0000, 45.00, 'EUR', 'REGISTRATION:1', 'report-fixture', ?)", statement, issued);
        long second = insert(db, "INSERT INTO partner_statement_line (statement_id, line_no, kind, description, basis_amount,"
                + " percent, amount, currency, sources, created_by, created_at) VALUES (?, 2, 'REVENUE_SHARE', ?,"
                + " -50.0000, 10.0000, -5.00, 'EUR', 'REGISTRATION_EVENT:2', 'report-fixture', ?)", statement,
                "-refund of =SUM(A1:A9)", issued);
        if (disputed) {
            insert(db, "INSERT INTO statement_dispute (statement_id, line_id, revision, comment, raised_by, raised_at,"
                    + " status) VALUES (?, ?, 1, 'Not ours', 'report-fixture', ?, 'OPEN')", statement, second, issued);
        }
        return statement;
    }

    /**
     * A location admin of P: a PARTNER_ADMIN who works at location A and administers A only (the demo
     * password). Returns the username.
     */
    public static String locationAdmin(Connection db, Ledger ledger) throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String passwordHash = single(db, "SELECT password_hash FROM person WHERE username = 'pa.contoso'");
        String username = "it.rpt.la." + tag;
        long id = person(db, username, "Lara Location " + tag, ledger.partnerP(), passwordHash, ledger.locationA(),
                "PARTNER_ADMIN");
        insert(db, "INSERT INTO person_admin_location (person_id, location_id) VALUES (?, ?)", id, ledger.locationA());
        return username;
    }

    private record Event(String type, LocalDateTime at, String amount) {
    }

    private static Event event(String type, LocalDateTime at, String amount) {
        return new Event(type, at, amount);
    }

    private static long person(Connection db, String username, String name, long partner, String passwordHash,
            long location, String role) throws SQLException {
        long id = insert(db, "INSERT INTO person (username, password_hash, display_name, email, position, partner_id)"
                + " VALUES (?, ?, ?, ?, 'SALES_REP', ?)", username, passwordHash, name, username + "@example.com", partner);
        insert(db, "INSERT INTO person_role (person_id, role) VALUES (?, ?)", id, role);
        insert(db, "INSERT INTO person_location (person_id, location_id) VALUES (?, ?)", id, location);
        return id;
    }

    private static long course(Connection db, String code, String title, LocalDateTime created) throws SQLException {
        return insert(db, "INSERT INTO course (code, title, description, format, version_major, version_minor, status,"
                + " language, list_price, currency, created_at, published_at) VALUES (?, ?, 'Report fixture',"
                + " 'INSTRUCTOR_LED_CLASSROOM', 1, 0, 'RETIRED', 'en', NULL, NULL, ?, ?)",
                code, title, Timestamp.valueOf(created), Timestamp.valueOf(created));
    }

    private static long session(Connection db, long offering, long partner, LocalDateTime monthStart) throws SQLException {
        long session = insert(db, "INSERT INTO training_session (offering_id, time_zone, venue, capacity, min_to_run,"
                + " enrollment_closes_at, delivering_partner_id, status, created_at) VALUES (?, 'UTC', 'Report venue', 20, 1,"
                + " ?, ?, 'SCHEDULED', ?)", offering, Timestamp.valueOf(monthStart.plusDays(20)), partner,
                Timestamp.valueOf(monthStart.minusMonths(2)));
        insert(db, "INSERT INTO session_day (session_id, day, starts_at, ends_at) VALUES (?, ?, '09:00:00', '17:00:00')",
                session, java.sql.Date.valueOf(monthStart.toLocalDate().plusDays(21)));
        return session;
    }

    private static long registration(Connection db, long learner, long course, long offering, Long session, long seller,
            Long deliverer, String price, String discount, String currency, Event... events) throws SQLException {
        LocalDateTime taken = events[0].at();
        long enrollment = insert(db, "INSERT INTO enrollment (learner_id, course_id, status, enrolled_at, offering_id,"
                + " session_id, origin) VALUES (?, ?, 'COMPLETED', ?, ?, ?, 'SELF')",
                learner, course, Timestamp.valueOf(taken.minusDays(1)), offering, session);
        long registration = insert(db, "INSERT INTO registration (enrollment_id, selling_partner_id, list_price, currency,"
                + " created_at, offering_id, session_id, delivering_partner_id, discount_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                enrollment, seller, new BigDecimal(price), currency, Timestamp.valueOf(taken), offering, session, deliverer,
                new BigDecimal(discount));
        for (var e : events) {
            insert(db, "INSERT INTO registration_event (registration_id, event_type, occurred_at, actor, idempotency_key,"
                    + " session_id, amount) VALUES (?, ?, ?, 'report-fixture', ?, ?, ?)", registration, e.type(),
                    Timestamp.valueOf(e.at()), "report-fixture:" + UUID.randomUUID(), session,
                    e.amount() == null ? null : new BigDecimal(e.amount()));
        }
        return registration;
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement(); var result = statement.executeQuery(sql)) {
            if (!result.next()) {
                throw new IllegalStateException("No row for " + sql);
            }
            return result.getString(1);
        }
    }

    private static long insert(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            try (var keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
