package org.partneracademy.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.partneracademy.devstack.DevDatabase;

/**
 * Reference rate: what the database server commits when it does nothing but single-row insert
 * transactions (autocommit, one row each), from a JDBC loop per thread. Every enrollment pays several
 * such commits' worth of work, so this is the ceiling the server itself puts on the other rates.
 */
final class RawInserts {

    private RawInserts() {
    }

    /** Measures each thread count for {@code duration}, after a warm-up of {@code warmup} on one thread. */
    static List<ClosedLoop.Result> measure(DevDatabase.Coordinates scratch, int[] threadCounts, Duration duration,
            Duration warmup) throws SQLException, InterruptedException {
        try (var connection = connect(scratch); var statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE single_row (
                        id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
                        payload    VARCHAR(100) NOT NULL,
                        created_at DATETIME(6)  NOT NULL
                    ) ENGINE = InnoDB""");
        }
        var results = new ArrayList<ClosedLoop.Result>();
        var sequence = new AtomicLong();
        run(scratch, "warm-up", 1, warmup, sequence);
        for (int threads : threadCounts) {
            results.add(run(scratch, "raw single-row insert tx", threads, duration, sequence));
        }
        return results;
    }

    private static ClosedLoop.Result run(DevDatabase.Coordinates scratch, String scenario, int threads,
            Duration duration, AtomicLong sequence) throws SQLException, InterruptedException {
        var connections = new ArrayList<Connection>();
        try {
            for (int i = 0; i < threads; i++) {
                connections.add(connect(scratch));
            }
            return ClosedLoop.run(scenario, threads, duration, CpuMeter.of(Optional.empty()), client -> {
                var connection = connections.get(client);
                return () -> {
                    try (var insert = connection.prepareStatement(
                            "INSERT INTO single_row (payload, created_at) VALUES (?, ?)")) {
                        insert.setString(1, "row " + sequence.incrementAndGet());
                        insert.setTimestamp(2, Timestamp.from(Instant.now()));
                        insert.executeUpdate();
                    }
                };
            });
        } finally {
            for (var connection : connections) {
                connection.close();
            }
        }
    }

    private static Connection connect(DevDatabase.Coordinates scratch) throws SQLException {
        var connection = DriverManager.getConnection(scratch.jdbcUrl(), scratch.user(), scratch.password());
        connection.setAutoCommit(true);
        return connection;
    }
}
