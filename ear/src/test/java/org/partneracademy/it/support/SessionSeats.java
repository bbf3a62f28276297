package org.partneracademy.it.support;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Arranges seat bookings straight in the test database, for tests of the session pages and endpoints
 * that need learners on a session before the enrollment process (which claims seats) is merged in.
 * The enrollments themselves are made over the API; only the booking row and the session's seat
 * counter are written here, the way the seat allocator writes them.
 */
public final class SessionSeats {

    private SessionSeats() {
    }

    /** Books {@code enrollmentId} onto the session as SEATED, OFFERED or WAITLISTED. */
    public static void book(long sessionId, long enrollmentId, Long partnerId, String state) {
        var db = TestDatabaseSession.coordinates();
        String url = "jdbc:mariadb://" + db.host() + ":" + db.port() + "/" + db.name();
        try (var connection = DriverManager.getConnection(url, db.user(), db.password())) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("""
                    INSERT INTO seat_booking (session_id, enrollment_id, partner_id, state, requested_at, waitlisted_at,
                                              offered_until, seated_at)
                    VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6), IF(? = 'WAITLISTED', UTC_TIMESTAMP(6), NULL),
                            IF(? = 'OFFERED', UTC_TIMESTAMP(6) + INTERVAL 2 DAY, NULL), IF(? = 'SEATED', UTC_TIMESTAMP(6), NULL))""")) {
                insert.setLong(1, sessionId);
                insert.setLong(2, enrollmentId);
                insert.setObject(3, partnerId);
                insert.setString(4, state);
                insert.setString(5, state);
                insert.setString(6, state);
                insert.setString(7, state);
                insert.executeUpdate();
            }
            if (!"WAITLISTED".equals(state)) {
                try (var update = connection.prepareStatement(
                        "UPDATE training_session SET seats_held = seats_held + 1, version = version + 1 WHERE id = ?")) {
                    update.setLong(1, sessionId);
                    update.executeUpdate();
                }
            }
            try (var link = connection.prepareStatement("UPDATE enrollment SET session_id = ? WHERE id = ?")) {
                link.setLong(1, sessionId);
                link.setLong(2, enrollmentId);
                link.executeUpdate();
            }
            connection.commit();
            // Waitlist order is by time, then id: a millisecond apart keeps the order of the calls.
            Thread.sleep(2);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot book enrollment " + enrollmentId + " onto session " + sessionId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
