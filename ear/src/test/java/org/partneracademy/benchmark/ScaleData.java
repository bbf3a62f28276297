package org.partneracademy.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partneracademy.devstack.DevServer;

/**
 * Fills the scale database: first the application migrates it (and loads the demo data, whose admin
 * password the scale people share) by starting once on it, then {@code scale-data.sql} adds the bulk and
 * {@code scale-statements.sql} the agreements, ledger events and deliveries the statements read. Each
 * script is skipped when its data is already there; {@code -Dscale.fresh=true} starts over.
 */
public final class ScaleData {

    private ScaleData() {
    }

    public static void main(String[] args) throws Exception {
        boolean fresh = Boolean.getBoolean("scale.fresh");
        try (var database = ScaleDatabase.start()) {
            if (fresh) {
                try (var connection = database.adminConnection(); var statement = connection.createStatement()) {
                    statement.execute("DROP DATABASE " + ScaleDatabase.NAME);
                    statement.execute("CREATE DATABASE " + ScaleDatabase.NAME
                            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                }
            }
            Path log = Path.of(System.getProperty("scale.server.log", "target/scale-server.log"));
            System.out.println("Migrating the scale database through the application (server log: " + log + ")");
            try (var server = DevServer.start(database.coordinates(), Optional.of(Path.of(required("demo.data.dir"))),
                    Optional.of(log))) {
                if (!server.isDeployed()) {
                    throw new IllegalStateException("The application did not deploy on the scale database; see " + log);
                }
            }
            try (var connection = database.adminConnection()) {
                if (alreadyLoaded(connection)) {
                    System.out.println("Scale data is already loaded (use -Dscale.fresh=true to regenerate).");
                } else {
                    load(connection, "/benchmark/scale-data.sql");
                }
                // Added later (the statements benchmark): loaded onto an existing scale database too.
                if (statementDataLoaded(connection)) {
                    System.out.println("Statement scale data is already loaded.");
                } else {
                    load(connection, "/benchmark/scale-statements.sql");
                }
                printCounts(connection);
            }
        }
    }

    private static boolean alreadyLoaded(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT COUNT(*) FROM enrollment WHERE id > 10000000")) {
            result.next();
            return result.getLong(1) > 0;
        }
    }

    private static boolean statementDataLoaded(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT COUNT(*) FROM partner_agreement WHERE partner_id > 100000")) {
            result.next();
            return result.getLong(1) > 0;
        }
    }

    private static void load(Connection connection, String script) throws SQLException, IOException {
        Instant all = Instant.now();
        try (var statement = connection.createStatement()) {
            for (String sql : statements(script)) {
                Instant start = Instant.now();
                statement.execute(sql);
                System.out.printf("%6.1f s  %s%n", Duration.between(start, Instant.now()).toMillis() / 1000.0,
                        firstLine(sql));
            }
        }
        System.out.printf("%s loaded in %d s%n", script, Duration.between(all, Instant.now()).toSeconds());
    }

    private static void printCounts(Connection connection) throws SQLException {
        String[] tables = {"partner", "partner_location", "person", "course", "enrollment", "registration",
                "registration_event", "course_offering", "path_assignment", "partner_agreement", "training_session",
                "session_day", "candidacy_step"};
        try (var statement = connection.createStatement()) {
            for (String table : tables) {
                try (var result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    result.next();
                    System.out.printf("%,12d  %s%n", result.getLong(1), table);
                }
            }
        }
    }

    /** A script's statements: each ends with a semicolon at the end of a line; comment lines are skipped. */
    static List<String> statements(String resource) throws IOException {
        String script;
        try (InputStream in = ScaleData.class.getResourceAsStream(resource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var statements = new ArrayList<String>();
        var current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.isBlank() || line.stripLeading().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }

    private static String firstLine(String sql) {
        String line = sql.lines().findFirst().orElse("");
        return line.length() > 90 ? line.substring(0, 90) + "..." : line;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set");
        }
        return value;
    }
}
