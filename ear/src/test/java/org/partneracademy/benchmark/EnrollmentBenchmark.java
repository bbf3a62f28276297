package org.partneracademy.benchmark;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.partneracademy.devstack.DevDatabase;
import org.partneracademy.devstack.DevServer;

/**
 * Enrollments per second end to end (REST POST /api/v1/enrollments, security, service, BPMN, MariaDB)
 * at 1, 8 and 32 concurrent clients, and in the same run the reference rates of the same database
 * server: the bare Camunda engine starting a process with the same wait states, twice (as the
 * application embeds it, inside the same WildFly on the application's datasource; and alone in this
 * JVM with local transactions), and raw single-row insert transactions. Prints the rates, p50/p99
 * latencies, errors and the ratios.
 *
 * <p>Every request is a new enrollment of a distinct learner x course pair nobody is enrolled in.
 * Each learner signs in once through the login form, as a person would; the requests carry the
 * session cookie. (HTTP Basic on every request would pay a PBKDF2 hash of 210,000 iterations per
 * call and measure the password hash, not enrollment.)
 *
 * <p>The references run first: raw inserts and the standalone engine while WildFly is not running,
 * the in-server engine once WildFly has started and before the enrollments. The application's
 * database is created afresh each run, so runs compare.
 */
public final class EnrollmentBenchmark {

    private static final String BASE_URL = "http://localhost:8080";
    private static final String PASSWORD = "academy-demo";
    private static final String DATABASE = "partner_academy_bench";
    private static final int LEARNERS = 64;
    private static final int COURSES = 1500;
    private static final long FIRST_COURSE_ID = 9_100_001;
    /** ProcessEngineBootstrap's history level, recorded in the application's Camunda tables. */
    private static final String APPLICATION_HISTORY = "audit";

    private final Duration duration = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 60));
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("benchmark.warmup.seconds", 15));
    private final Duration insertDuration = Duration.ofSeconds(
            Integer.getInteger("benchmark.insert.seconds", (int) Math.min(20, duration.toSeconds())));
    private final int[] clientCounts = ints(System.getProperty("benchmark.clients", "1,8,32"));
    private final int[] insertThreads = ints(System.getProperty("benchmark.insert.threads", "1,4,8"));
    /** Wait states of the enrollment process on the path this benchmark drives (self-paced, no approval). */
    private final int waitStates = Integer.getInteger("benchmark.engine.waits", 1);
    /** The enrollment process listens for a cancellation message at any point (an event subprocess). */
    private final boolean cancellable = Boolean.parseBoolean(System.getProperty("benchmark.engine.cancellable", "true"));
    /** The standalone engine's; the in-server engine shares the application's tables and so its level. */
    private final String history = System.getProperty("benchmark.engine.history", "full");
    /** false measures the enrollments alone: for profiling the application, not for reporting. */
    private final boolean references = Boolean.parseBoolean(System.getProperty("benchmark.references", "true"));
    /** The database server's statement counters, read around every measured row. */
    private StatementCounts statements;

    public static void main(String[] args) throws Exception {
        new EnrollmentBenchmark().run();
    }

    private void run() throws Exception {
        System.out.printf("%nEnrollment benchmark: %d s per client count %s (warm-up %d s), %d processors%n",
                duration.toSeconds(), Arrays.toString(clientCounts), warmup.toSeconds(),
                Runtime.getRuntime().availableProcessors());
        try (var database = DevDatabase.start(DATABASE, Path.of(DevServer.required("bench.db.dir")), true)) {
            statements = new StatementCounts(database.coordinates());
            if (!references) {
                measureInServer(database);
                return;
            }
            var inserts = RawInserts.measure(database.scratch(DATABASE + "_raw"), insertThreads, insertDuration,
                    warmup);
            inserts.forEach(result -> print(result));
            var standalone = measureBareEngine(database.scratch(DATABASE + "_engine"));
            var inServer = measureInServer(database);
            summary(inserts, standalone, inServer);
        }
    }

    private List<ClosedLoop.Result> measureBareEngine(DevDatabase.Coordinates scratch) throws Exception {
        int maxClients = Arrays.stream(clientCounts).max().orElse(1);
        var results = new ArrayList<ClosedLoop.Result>();
        var ids = new AtomicLong();
        try (var engine = BareEngine.start(scratch, maxClients, waitStates, cancellable, history)) {
            String scenario = "bare start, standalone (" + bareModel(history) + ")";
            var cpu = CpuMeter.of(Optional.empty());
            ClosedLoop.run("warm-up", 8, warmup, cpu, client -> () -> engine.start(ids.incrementAndGet()));
            for (int clients : clientCounts) {
                results.add(print(counted(() -> ClosedLoop.run(scenario, clients, duration, cpu,
                        client -> () -> engine.start(ids.incrementAndGet())))));
            }
            System.out.printf("  bare instances waiting in the engine: %,d (started: %,d)%n", engine.waitingInstances(),
                    ids.get());
        }
        return results;
    }

    private String bareModel(String historyLevel) {
        return waitStates + (cancellable ? " wait+cancel, " : " wait, ") + historyLevel;
    }

    /** What runs in the server: the in-server bare engine (when references are on), then the enrollments. */
    private record InServer(List<ClosedLoop.Result> bareEngine, List<ClosedLoop.Result> enrollments) {
    }

    private InServer measureInServer(DevDatabase database) throws Exception {
        Path log = Path.of(System.getProperty("bench.server.log", "target/benchmark-enrollment-server.log"));
        System.out.println("Starting WildFly with the EAR on " + DATABASE + " (server log: " + log + ")");
        try (var server = DevServer.start(database.coordinates(), Optional.of(Path.of(DevServer.required("demo.data.dir"))),
                Optional.of(log))) {
            if (!server.isDeployed()) {
                throw new IllegalStateException("The application did not deploy; see " + log);
            }
            loadBenchmarkData(database);
            var learners = signIn();
            var bareEngine = references ? measureBareEngineInServer() : List.<ClosedLoop.Result>of();
            var pairs = new AtomicLong();
            var cpu = CpuMeter.of(Optional.of(server.process()));
            ClosedLoop.run("warm-up", 8, warmup, cpu, client -> () -> enroll(learners, pairs.getAndIncrement()));
            long before = count(database, "SELECT COUNT(*) FROM enrollment WHERE course_id >= " + FIRST_COURSE_ID);
            var results = new ArrayList<ClosedLoop.Result>();
            for (int clients : clientCounts) {
                results.add(print(counted(() -> ClosedLoop.run("enrollments (REST, end to end)", clients, duration, cpu,
                        client -> () -> enroll(learners, pairs.getAndIncrement())))));
            }
            verify(database, before, results);
            return new InServer(bareEngine, results);
        }
    }

    /**
     * The bare engine as the application embeds it, in the running server: same transaction manager,
     * datasource and pool as the application's engine, and the same database, so the ratio to it is
     * what the application's own work (HTTP, security, JPA, validation, delegates) costs.
     */
    private List<ClosedLoop.Result> measureBareEngineInServer() throws Exception {
        var results = new ArrayList<ClosedLoop.Result>();
        try (var engine = InServerBareEngine.deploy(DevServer.deployments(), Path.of(DevServer.required("ear.file")),
                BASE_URL)) {
            String scenario = "bare start, in the server (" + bareModel(APPLICATION_HISTORY) + ")";
            engine.run("warm-up", 8, warmup, waitStates, cancellable);
            for (int clients : clientCounts) {
                results.add(print(counted(() -> engine.run(scenario, clients, duration, waitStates, cancellable))));
            }
            System.out.printf("  bare instances waiting in the server's engine: %,d%n", engine.waitingInstances());
        }
        return results;
    }

    /** Pair n: learner n mod 64, course n div 64, so concurrent requests come from different learners. */
    private static void enroll(List<SignedInClient> learners, long pair) throws Exception {
        if (pair >= (long) LEARNERS * COURSES) {
            throw new IllegalStateException("All " + LEARNERS * COURSES + " learner x course pairs are used up");
        }
        var learner = learners.get((int) (pair % LEARNERS));
        long courseId = FIRST_COURSE_ID + pair / LEARNERS;
        var response = learner.postJson("/api/v1/enrollments", "{\"courseId\":" + courseId + "}");
        if (response.statusCode() != 201) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }

    private static void loadBenchmarkData(DevDatabase database) throws Exception {
        try (var connection = database.adminConnection(); var statement = connection.createStatement()) {
            for (String sql : ScaleData.statements("/benchmark/enrollment-data.sql")) {
                statement.execute(sql);
            }
        }
    }

    /** Signs every learner in once, two at a time (a sign-in costs a deliberately slow password hash). */
    private static List<SignedInClient> signIn() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var futures = new ArrayList<Future<SignedInClient>>();
            for (int n = 1; n <= LEARNERS; n++) {
                String username = "bench.learner." + n;
                futures.add(pool.submit(() -> SignedInClient.signIn(BASE_URL, username, PASSWORD)));
            }
            var learners = new ArrayList<SignedInClient>();
            for (var future : futures) {
                learners.add(future.get());
            }
            return learners;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every 201 must be an enrollment in the database with its registration: the rate counts nothing else. */
    private static void verify(DevDatabase database, long before, List<ClosedLoop.Result> results) throws SQLException {
        long answered = results.stream().mapToLong(r -> r.latencies().millis().length).sum();
        long stored = count(database, "SELECT COUNT(*) FROM enrollment WHERE course_id >= " + FIRST_COURSE_ID) - before;
        long registrations = count(database, """
                SELECT COUNT(*) FROM registration r JOIN enrollment e ON e.id = r.enrollment_id
                WHERE e.course_id >= """ + FIRST_COURSE_ID);
        long processes = count(database, "SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL "
                + "AND PROC_DEF_ID_ LIKE 'enrollment:%'");
        System.out.printf("  measured 201s: %,d; new enrollments in the database: %,d; all benchmark enrollments: "
                + "registrations %,d, running enrollment processes %,d%n", answered, stored, registrations, processes);
    }

    private static long count(DevDatabase database, String sql) throws SQLException {
        try (var connection = database.adminConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** One measured row. */
    @FunctionalInterface
    private interface Row {
        ClosedLoop.Result measure() throws Exception;
    }

    /** The row with the database statements per request it caused. */
    private ClosedLoop.Result counted(Row row) throws Exception {
        var before = statements.snapshot();
        var result = row.measure();
        return result.withStatements(StatementCounts.perOperation(before, statements.snapshot(), result.requests()));
    }

    private static ClosedLoop.Result print(ClosedLoop.Result result) {
        System.out.println(result.row());
        if (result.firstError() != null) {
            System.out.println("    first error: " + result.firstError());
        }
        return result;
    }

    private void summary(List<ClosedLoop.Result> inserts, List<ClosedLoop.Result> standalone, InServer inServer) {
        System.out.printf("%n=== Enrollment benchmark: %d s per row ===%n", duration.toSeconds());
        System.out.println(ClosedLoop.Result.header() + "  (in the server: server = the engine and its clients)");
        inserts.forEach(r -> System.out.println(r.row()));
        standalone.forEach(r -> System.out.println(r.row()));
        inServer.bareEngine().forEach(r -> System.out.println(r.row()));
        inServer.enrollments().forEach(r -> System.out.println(r.row()));
        Map<Integer, ClosedLoop.Result> embedded = byClients(inServer.bareEngine());
        Map<Integer, ClosedLoop.Result> alone = byClients(standalone);
        System.out.printf("%n%7s %10s %22s %8s %22s %8s %8s %7s%n", "clients", "enroll/s", "bare in the server/s",
                "ratio", "bare standalone/s", "ratio", "p99 ms", "errors");
        for (var result : inServer.enrollments()) {
            double perSecond = result.perSecond();
            System.out.printf("%7d %10.1f %22.1f %7.0f%% %22.1f %7.0f%% %8.1f %7d%n", result.clients(), perSecond,
                    embedded.get(result.clients()).perSecond(), 100 * ratio(perSecond, embedded, result.clients()),
                    alone.get(result.clients()).perSecond(), 100 * ratio(perSecond, alone, result.clients()),
                    result.latencies().percentile(99), result.errors());
        }
        inServer.enrollments().stream().filter(r -> r.clients() == 8).findFirst().ifPresent(at8 -> {
            double toEmbedded = ratio(at8.perSecond(), embedded, 8);
            double toAlone = ratio(at8.perSecond(), alone, 8);
            System.out.printf("%nTargets at 8 clients: >= 200 enrollments/s: %s (%.1f); p99 < 250 ms: %s (%.1f ms); "
                    + "no errors: %s (%d);%n  >= 60%% of the bare engine as the application embeds it (in the server): "
                    + "%s (%.0f%%); of the bare engine standalone (no server, no JTA): %s (%.0f%%)%n",
                    verdict(at8.perSecond() >= 200), at8.perSecond(),
                    verdict(at8.latencies().percentile(99) < 250), at8.latencies().percentile(99),
                    verdict(at8.errors() == 0), at8.errors(),
                    verdict(toEmbedded >= 0.6), 100 * toEmbedded, verdict(toAlone >= 0.6), 100 * toAlone);
        });
    }

    private static Map<Integer, ClosedLoop.Result> byClients(List<ClosedLoop.Result> results) {
        Map<Integer, ClosedLoop.Result> byClients = new HashMap<>();
        results.forEach(r -> byClients.put(r.clients(), r));
        return byClients;
    }

    private static double ratio(double perSecond, Map<Integer, ClosedLoop.Result> reference, int clients) {
        return perSecond / reference.get(clients).perSecond();
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static int[] ints(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
    }
}
