package org.partneracademy.it.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Registrations for the refund tests, written with JDBC into March 2012 (H5's own test month, which no
 * other test reads or closes): a fresh Contoso London learner (imported over REST by pa.contoso), one
 * completed enrollment on a course of its own, a registration with the price and discount given, and
 * its ledger events. Refunds are then recorded through the product's REST API.
 */
public final class RefundFixtures {

    private static final LocalDateTime TAKEN = LocalDateTime.of(2012, 3, 5, 9, 0);
    private static Long courseId;

    private RefundFixtures() {
    }

    /** A registration and the learner it belongs to. */
    public record Seat(long registrationId, String learner) {
    }

    /**
     * A Contoso registration at {@code listPrice} EUR less {@code discount}, with SEAT_TAKEN and then the
     * given seat events (e.g. COMPLETED, VOIDED, CANCELLED), a day apart.
     */
    public static Seat registration(String listPrice, String discount, String... laterEvents) {
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long personId = team.ids().get(learner);
        try (var db = connection()) {
            long enrollmentId = insert(db, "INSERT INTO enrollment (learner_id, course_id, status, enrolled_at, origin) "
                    + "VALUES (" + personId + ", " + course() + ", 'COMPLETED', '" + Timestamp.valueOf(TAKEN) + "', 'SELF')");
            long registrationId = insert(db, "INSERT INTO registration (enrollment_id, selling_partner_id, list_price, "
                    + "currency, created_at, discount_amount) SELECT " + enrollmentId + ", partner_id, "
                    + new BigDecimal(listPrice) + ", 'EUR', '" + Timestamp.valueOf(TAKEN) + "', " + new BigDecimal(discount)
                    + " FROM person WHERE id = " + personId);
            var events = new ArrayList<String>();
            events.add("SEAT_TAKEN");
            events.addAll(List.of(laterEvents));
            for (int i = 0; i < events.size(); i++) {
                insert(db, "INSERT INTO registration_event (registration_id, event_type, occurred_at, actor, idempotency_key) "
                        + "VALUES (" + registrationId + ", '" + events.get(i) + "', '" + Timestamp.valueOf(TAKEN.plusDays(i))
                        + "', 'refund-fixture', 'fixture:" + registrationId + ":" + i + "')");
            }
            return new Seat(registrationId, learner);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number of ledger events of the registration and the sum of its refunds, read from the database. */
    public record Ledger(int events, int refunds, BigDecimal refunded) {
    }

    public static Ledger ledger(long registrationId) {
        try (var db = connection(); var statement = db.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*), SUM(event_type = 'REFUNDED'), COALESCE(SUM(amount), 0) "
                     + "FROM registration_event WHERE registration_id = " + registrationId)) {
            rows.next();
            return new Ledger(rows.getInt(1), rows.getInt(2), rows.getBigDecimal(3));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The highest registration id there is: one above it names no registration. */
    public static long lastRegistrationId() {
        try (var db = connection(); var statement = db.createStatement();
             var rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM registration")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized long course() {
        if (courseId == null) {
            courseId = ((Number) Api.publishedCourse("Refund fixture module").path("id")).longValue();
        }
        return courseId;
    }

    private static long insert(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (var keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static Connection connection() throws SQLException {
        var database = TestDatabaseSession.coordinates();
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }
}
