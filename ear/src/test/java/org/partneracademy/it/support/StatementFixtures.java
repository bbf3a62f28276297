package org.partneracademy.it.support;

import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Settlement statement fixtures for the integration tests of issue 7 (statement close, review, reports,
 * demo data). Statements are about periods that are over, so the ledger they settle is written with JDBC
 * straight into the test database ({@link TestDatabaseSession}) in an old month of the test class's own
 * (see HELPERS.md: H1 2001–2003, H2 2004–2006, H3 2007–2009, H4 2010–2011, H5 2012); then the real close
 * runs over it through {@code POST /api/v1/statement-runs}, exactly as a vendor admin starts it.
 *
 * <p><b>Isolation</b>: closing a month issues statements to every partner with an agreement in force in
 * it. Give every partner an agreement that starts and ends inside your own months ({@link #agreement}
 * takes the month), never the current or last month.
 *
 * <p>The quickest way to a statement: {@link #issuedRevenueShare(YearMonth)} writes a fresh partner with
 * a 20 % revenue share agreement for that month and three registrations, closes the month and returns the
 * ids. Build your own ledgers with {@link #partner}, {@link #agreement}, {@link #offering},
 * {@link #session}, {@link #learner}, {@link #registration}, {@link #event}, {@link #refund},
 * {@link #instructor}, then {@link #close} and {@link #statementIds}.
 *
 * <p>Every person written here signs in with the demo password ({@link RealEar#DEMO_PASSWORD}).
 */
public final class StatementFixtures {

    /** The demo password's hash ('academy-demo'), as in the demo data. */
    private static final String DEMO_PASSWORD_HASH =
            "PBKDF2WithHmacSHA512:210000:+9tEQiGDRb4l33XUftHNkkj7lO4TCEpENkBXAstJDKs=:GGXyghIX41mtcM6nO1nvsUjARn0QvNhZtiHCkMSm/O0=";

    /** How long {@link #close} waits for a run to finish. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofMinutes(3);

    private StatementFixtures() {
    }

    /**
     * A partner written for a statements test: its id, its one location, and its partner admin (a
     * PARTNER_ADMIN of the whole partner) who signs in as {@code adminUsername} with the demo password.
     */
    public record TestPartner(long id, String name, long locationId, long adminId, String adminUsername) {
    }

    /** A course with one instructor-led offering (PUBLIC, the given list price and currency). */
    public record TestOffering(long courseId, long offeringId, BigDecimal listPrice, String currency) {
    }

    /** A registration written with its SEAT_TAKEN event (and the enrollment it belongs to). */
    public record TestRegistration(long id, long enrollmentId, long learnerId, long seatTakenEventId) {
    }

    /** What {@link #issuedRevenueShare} wrote and what the close issued. */
    public record Issued(TestPartner partner, long agreementId, List<TestRegistration> registrations,
            long runId, List<Long> statementIds) {

        /** The one statement of a partner with one agreement. */
        public long statementId() {
            if (statementIds.size() != 1) {
                throw new IllegalStateException("the partner has " + statementIds.size() + " statements");
            }
            return statementIds.get(0);
        }
    }

    /** A finished run as {@code GET /statement-runs/{id}} answers it. */
    public record Run(long id, String status, int statementsIssued, Map<String, Object> json) {
    }

    // ---------------------------------------------------------------- the one-call fixture

    /**
     * A fresh partner with a 20 % revenue share agreement in force for the whole {@code month}, three
     * learners and one registration each of a 1,000.00 EUR offering whose seats were taken on the 3rd, 4th and 5th of
     * the month: the first charged in full (line 200.00), the second with a 100.00 discount (line
     * 180.00), the third cancelled free on the 6th (line 0.00). Then the month is closed by the vendor
     * admin and the partner's statement ids returned. Statement total: 380.00 EUR.
     */
    public static Issued issuedRevenueShare(YearMonth month) {
        var partner = partner("RS");
        long agreement = agreement(partner.id(), "REVENUE_SHARE", month, "20.00", null);
        var offering = offering("1000.00", "EUR");
        var registrations = new ArrayList<TestRegistration>();
        registrations.add(registration(partner.id(), learner(partner), offering, null, "0.00", month.atDay(3).atTime(10, 0)));
        registrations.add(registration(partner.id(), learner(partner), offering, null, "100.00", month.atDay(4).atTime(10, 0)));
        var cancelled = registration(partner.id(), learner(partner), offering, null, "0.00", month.atDay(5).atTime(10, 0));
        event(cancelled.id(), "CANCELLED", month.atDay(6).atTime(9, 0));
        registrations.add(cancelled);
        var run = close(month, "admin");
        return new Issued(partner, agreement, registrations, run.id(), statementIds(partner.id(), month));
    }

    // ---------------------------------------------------------------- partners and agreements

    /**
     * A new partner (TRAINING_PARTNER, Silver) named "IT Statements {label} {random}", with one location
     * and a PARTNER_ADMIN person at it.
     */
    public static TestPartner partner(String label) {
        String tag = suffix();
        String name = "IT Statements " + label + " " + tag;
        long partner = insert("INSERT INTO partner (name, partner_type, tier) VALUES (?, 'TRAINING_PARTNER', 'Silver')",
                name);
        long location = insert("INSERT INTO partner_location (partner_id, name, city, country) VALUES (?, ?, 'Berlin', 'DE')",
                partner, "IT location " + tag);
        String admin = "it.stmt.admin." + tag;
        long adminId = person(partner, admin, location, "PARTNER_ADMIN");
        return new TestPartner(partner, name, location, adminId, admin);
    }

    /**
     * An agreement of the partner in force for the whole of {@code month} (first to last day). {@code term}
     * is the model's own figure: revenueSharePercent (REVENUE_SHARE), discountPercent (RESELLER),
     * annualFee (CONTENT_LICENSING) or dayRate (PAY_PER_DELIVERY). {@code currency} is required for the
     * last two and optional for the first two (then a registration in another currency is a mismatch).
     */
    public static long agreement(long partnerId, String model, YearMonth month, String term, String currency) {
        return agreement(partnerId, model, month.atDay(1), month.atEndOfMonth(), term, currency, null, null);
    }

    /**
     * An agreement from {@code validFrom} to {@code validTo} (null: open-ended; keep it inside your own
     * months) with the model's figure {@code term} (see {@link #agreement(long, String, YearMonth, String,
     * String)}) and, for content licensing, the licence limits per period (null: unlimited). Written
     * directly, so overlaps the agreement API would refuse can be made on purpose.
     */
    public static long agreement(long partnerId, String model, LocalDate validFrom, LocalDate validTo, String term,
            String currency, Integer licensedSessions, Integer licensedLearnerSeats) {
        String column = switch (model) {
            case "REVENUE_SHARE" -> "revenue_share_percent";
            case "RESELLER" -> "discount_percent";
            case "CONTENT_LICENSING" -> "annual_fee";
            case "PAY_PER_DELIVERY" -> "day_rate";
            default -> throw new IllegalArgumentException("no agreement model " + model);
        };
        return insert("INSERT INTO partner_agreement (partner_id, model, valid_from, valid_to, " + column
                        + ", currency, licensed_sessions, licensed_learner_seats) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                partnerId, model, validFrom, validTo, new BigDecimal(term), currency, licensedSessions,
                licensedLearnerSeats);
    }

    // ---------------------------------------------------------------- catalog, sessions, people

    /** A published instructor-led course with a PUBLIC offering at the given list price and currency. */
    public static TestOffering offering(String listPrice, String currency) {
        String tag = suffix().toUpperCase();
        long course = insert("""
                INSERT INTO course (code, title, format, version_major, version_minor, status, language, list_price,
                    currency, created_at, published_at) VALUES (?, ?, 'INSTRUCTOR_LED_CLASSROOM', 1, 0, 'PUBLISHED', 'en', ?, ?, ?, ?)""",
                "IT-ST-" + tag, "IT statements course " + tag, new BigDecimal(listPrice), currency,
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        long offering = insert("INSERT INTO course_offering (course_id, kind, list_price, currency) VALUES (?, 'PUBLIC', ?, ?)",
                course, new BigDecimal(listPrice), currency);
        return new TestOffering(course, offering, new BigDecimal(listPrice), currency);
    }

    /**
     * A session of the offering on the given days (09:00–17:00 Europe/Berlin), delivered by
     * {@code deliveringPartnerId} (null: the vendor), SCHEDULED, capacity 20.
     */
    public static long session(TestOffering offering, Long deliveringPartnerId, LocalDate... days) {
        long session = insert("""
                INSERT INTO training_session (offering_id, time_zone, venue, capacity, min_to_run, enrollment_closes_at,
                    delivering_partner_id, status, created_at) VALUES (?, 'Europe/Berlin', 'IT classroom', 20, 1, ?, ?, 'SCHEDULED', ?)""",
                offering.offeringId(), Timestamp.valueOf(days[0].minusDays(1).atStartOfDay()), deliveringPartnerId,
                Timestamp.valueOf(days[0].minusDays(30).atStartOfDay()));
        for (var day : days) {
            update("INSERT INTO session_day (session_id, day, starts_at, ends_at) VALUES (?, ?, '09:00:00', '17:00:00')",
                    session, day);
        }
        return session;
    }

    /** The session was cancelled by the vendor (its days are not delivered). */
    public static void cancelSession(long sessionId) {
        update("UPDATE training_session SET status = 'CANCELLED', cancelled_at = ? WHERE id = ?",
                Timestamp.from(Instant.now()), sessionId);
    }

    /** A new LEARNER of the partner at its location; returns the person id. */
    public static long learner(TestPartner partner) {
        return person(partner.id(), "it.stmt.learner." + suffix(), partner.locationId(), "LEARNER");
    }

    /** A new TRAINER of the partner at its location; returns the person id. */
    public static long trainer(TestPartner partner) {
        return person(partner.id(), "it.stmt.trainer." + suffix(), partner.locationId(), "TRAINER");
    }

    /** The trainer leads the session (an authorised lead: 100 % of the day rate under pay per delivery). */
    public static void instructor(long sessionId, long trainerId) {
        update("INSERT INTO session_instructor (session_id, person_id) VALUES (?, ?)", sessionId, trainerId);
    }

    // ---------------------------------------------------------------- the ledger

    /**
     * A registration sold by {@code sellingPartnerId} for the learner (with a COMPLETED enrollment of the
     * offering's course: one registration per learner and course, as the enrollment rules allow) at the offering's list price less
     * {@code discount}, optionally on {@code sessionId} (its delivering partner is copied), with its
     * SEAT_TAKEN event at {@code seatTakenAt} (UTC).
     */
    public static TestRegistration registration(long sellingPartnerId, long learnerId, TestOffering offering,
            Long sessionId, String discount, LocalDateTime seatTakenAt) {
        return registration(sellingPartnerId, learnerId, offering, sessionId, offering.listPrice(),
                offering.currency(), discount, seatTakenAt);
    }

    /**
     * As {@link #registration(long, long, TestOffering, Long, String, LocalDateTime)} with a frozen list
     * price and currency of its own (a price changed later, or a currency that does not match).
     */
    public static TestRegistration registration(long sellingPartnerId, long learnerId, TestOffering offering,
            Long sessionId, BigDecimal listPrice, String currency, String discount, LocalDateTime seatTakenAt) {
        var at = seatTakenAt;
        long enrollment = insert("""
                INSERT INTO enrollment (learner_id, course_id, status, enrolled_at, completed_at, offering_id, session_id)
                VALUES (?, ?, 'COMPLETED', ?, ?, ?, ?)""",
                learnerId, offering.courseId(), at, at, offering.offeringId(), sessionId);
        Long delivering = sessionId == null ? null
                : (Long) single("SELECT delivering_partner_id FROM training_session WHERE id = ?", sessionId);
        long registration = insert("""
                INSERT INTO registration (enrollment_id, selling_partner_id, list_price, currency, created_at, offering_id,
                    session_id, delivering_partner_id, discount_amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                enrollment, sellingPartnerId, listPrice, currency, at, offering.offeringId(), sessionId, delivering,
                new BigDecimal(discount));
        long seatTaken = event(registration, "SEAT_TAKEN", seatTakenAt);
        return new TestRegistration(registration, enrollment, learnerId, seatTaken);
    }

    /**
     * A ledger event of the registration ({@code MOVED, CANCELLED, LATE_CANCELLED, VOIDED, ATTENDED, NO_SHOW,
     * COMPLETED}) at {@code at} (UTC); returns its id.
     */
    public static long event(long registrationId, String type, LocalDateTime at) {
        return insert("""
                INSERT INTO registration_event (registration_id, event_type, occurred_at, actor, idempotency_key)
                VALUES (?, ?, ?, 'it-fixture', ?)""",
                registrationId, type, at, "it-" + UUID.randomUUID());
    }

    /** A REFUNDED ledger event of {@code amount} at {@code at} (UTC); returns its id. */
    public static long refund(long registrationId, String amount, LocalDateTime at) {
        return insert("""
                INSERT INTO registration_event (registration_id, event_type, occurred_at, actor, idempotency_key, amount)
                VALUES (?, 'REFUNDED', ?, 'it-fixture', ?, ?)""",
                registrationId, at, "it-" + UUID.randomUUID(), new BigDecimal(amount));
    }

    // ---------------------------------------------------------------- the close

    /**
     * Closes {@code month} as {@code username} (admin or finance) through {@code POST /statement-runs},
     * expects 202 and waits until the run has finished (ISSUED or FAILED; up to three minutes).
     */
    public static Run close(YearMonth month, String username) {
        long id = ((Number) as(username).body(Map.of("period", month.toString())).post(V1 + "/statement-runs")
                .then().statusCode(202).extract().path("id")).longValue();
        return awaitRun(id);
    }

    /** Waits until run {@code id} is no longer ISSUING and returns it as {@code GET /statement-runs/{id}} shows it. */
    public static Run awaitRun(long id) {
        var deadline = Instant.now().plus(CLOSE_TIMEOUT);
        while (true) {
            Map<String, Object> json = as("admin").get(V1 + "/statement-runs/" + id).then().statusCode(200).extract()
                    .jsonPath().getMap("");
            String status = (String) json.get("status");
            if (!"ISSUING".equals(status)) {
                return new Run(id, status, ((Number) json.get("statementsIssued")).intValue(), json);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("statement run " + id + " still ISSUING after " + CLOSE_TIMEOUT + ": " + json);
            }
            sleep(250);
        }
    }

    /** The ids of the partner's statements for the period starting with {@code month}, by agreement validity. */
    public static List<Long> statementIds(long partnerId, YearMonth month) {
        var ids = new ArrayList<Long>();
        for (Object[] row : rows("""
                SELECT s.id FROM partner_statement s JOIN partner_agreement a ON a.id = s.agreement_id
                WHERE s.partner_id = ? AND s.period_from = ? ORDER BY a.valid_from, s.id""", partnerId, month.atDay(1))) {
            ids.add(((Number) row[0]).longValue());
        }
        return ids;
    }

    // ---------------------------------------------------------------- JDBC

    /** The rows of a query on the test database, each as an array of column values. */
    public static List<Object[]> rows(String sql, Object... parameters) {
        try (Connection db = connection(); PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            try (var result = statement.executeQuery()) {
                var rows = new ArrayList<Object[]>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    var row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The one value a query answers (null when the row holds NULL); fails unless there is exactly one row. */
    public static Object single(String sql, Object... parameters) {
        var rows = rows(sql, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException(rows.size() + " rows for " + sql);
        }
        Object value = rows.get(0)[0];
        return value instanceof Number n && !(value instanceof BigDecimal) ? (Object) n.longValue() : value;
    }

    /** A count query's answer. */
    public static long count(String sql, Object... parameters) {
        return ((Number) single(sql, parameters)).longValue();
    }

    /** An insert, update or delete on the test database; returns the rows changed. */
    public static int update(String sql, Object... parameters) {
        try (Connection db = connection(); PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long insert(String sql, Object... parameters) {
        try (Connection db = connection();
                PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (var keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Everyone at a partner holds a position; the partner pages list people by it. */
    private static String positionOf(String role) {
        return switch (role) {
            case "PARTNER_ADMIN" -> "MANAGER";
            case "TRAINER" -> "TRAINER";
            default -> "SALES_REP";
        };
    }

    private static long person(long partnerId, String username, long locationId, String role) {
        long person = insert("""
                INSERT INTO person (username, password_hash, display_name, email, position, partner_id)
                VALUES (?, ?, ?, ?, ?, ?)""",
                username, DEMO_PASSWORD_HASH, "IT " + username, username + "@example.com", positionOf(role), partnerId);
        update("INSERT INTO person_role (person_id, role) VALUES (?, ?)", person, role);
        update("INSERT INTO person_location (person_id, location_id) VALUES (?, ?)", person, locationId);
        return person;
    }

    private static Connection connection() throws SQLException {
        var database = TestDatabaseSession.coordinates();
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    /** java.time values go to the driver as they are: DATETIME columns hold UTC wall-clock times, no zone shift. */
    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
