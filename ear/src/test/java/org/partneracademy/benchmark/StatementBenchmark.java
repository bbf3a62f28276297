package org.partneracademy.benchmark;

import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.partneracademy.devstack.DevServer;

/**
 * The settlement-statement benchmark on the scale data (one run, one server, one database):
 * <ol>
 * <li>the hand-written SQL of every partner's statement totals for the period ({@link LedgerSql}), the
 * reference;</li>
 * <li>the whole period close for all partners through the application ({@code POST /statement-runs} as
 * finance, polled until ISSUED), its wall time and the statements issued, the server's heap sampled while
 * it runs; then its totals compared with the reference's;</li>
 * <li>for several partners, each signed in as its admin, repeated: its statement over REST, its registration
 * report over REST and as a page, and the hand-written SQL of the same totals; measured after the same mix
 * has run unmeasured for {@code benchmark.warmup.seconds} (120), so that a warm server is measured;</li>
 * </ol>
 * then the ratios to the SQL reference and the targets, and the server's heap after a full
 * collection before and after (flat = streamed, not loaded whole). The period's statements are removed
 * before the close (the benchmark owns the scale database), so every run closes the same month afresh.
 */
public final class StatementBenchmark {

    private static final String BASE_URL = "http://localhost:8080";
    private static final String PASSWORD = "academy-demo";
    private static final String API = "/api/v1";
    private static final double MB = 1024.0 * 1024.0;

    private final YearMonth period = YearMonth.parse(System.getProperty("benchmark.period", "2026-01"));
    private final int repetitions = Integer.getInteger("benchmark.repetitions", 20);
    private final int warmup = Integer.getInteger("benchmark.warmup", 3);
    private final int serverWarmupSeconds = Integer.getInteger("benchmark.warmup.seconds", 120);
    private final List<Integer> partners = Arrays.stream(System.getProperty("benchmark.partners", "1,2,3,4,5,6,7,8")
            .split(",")).map(String::strip).map(Integer::valueOf).toList();
    private final String reportPage = System.getProperty("benchmark.report.page", "/partner/registration-report.xhtml");
    private final Duration closeTimeout = Duration.ofSeconds(Long.getLong("benchmark.close.timeout", 900));

    private final Connection connection;
    private final ServerHeap heap;

    private StatementBenchmark(Connection connection, ServerHeap heap) {
        this.connection = connection;
        this.heap = heap;
    }

    public static void main(String[] args) throws Exception {
        var period = YearMonth.parse(System.getProperty("benchmark.period", "2026-01"));
        try (var database = ScaleDatabase.start(); var connection = database.adminConnection()) {
            removeStatementsOf(connection, period.atDay(1));
            Path log = Path.of(System.getProperty("scale.server.log", "target/benchmark-statements-server.log"));
            try (var server = DevServer.start(database.coordinates(), Optional.empty(), Optional.of(log))) {
                if (!server.isDeployed()) {
                    throw new IllegalStateException("The application did not deploy; see " + log);
                }
                try (var heap = ServerHeap.attach(server.process())) {
                    new StatementBenchmark(connection, heap).run();
                }
            }
        }
    }

    private void run() throws Exception {
        LocalDate from = from();
        LocalDate to = to();
        System.out.printf("%nSettlement statements benchmark: period %s, partners %s, %d repetitions after %d warm-up%n",
                period, partners, repetitions, warmup);
        long heapBefore = heap.usedAfterGc();
        long[] gcBefore = heap.gcCountAndMillis();

        // 1. The reference: every partner's totals in hand-written SQL (best of three).
        var reference = new Object() { java.util.TreeMap<String, LedgerSql.Totals> totals; };
        double sqlAll = bestOf(3, () -> reference.totals = LedgerSql.statementTotals(connection, from, to));

        // 2. The close, with the heap sampled while it runs.
        var finance = SignedInClient.signIn(BASE_URL, "finance", PASSWORD);
        Instant started = Instant.now();
        var response = finance.postJson(API + "/statement-runs", "{\"period\":\"" + period + "\"}");
        boolean closed = response.statusCode() != 404 && response.statusCode() != 405;
        if (closed && response.statusCode() != 202) {
            throw new IllegalStateException("Starting the close answered " + response.statusCode() + ": " + response.body());
        }
        long run = 0;
        JsonPath status = null;
        long peakUsed = 0;
        long peakResident = 0;
        if (closed) {
            run = JsonPath.from(response.body()).getLong("id");
            try (var sampler = heap.sample(Duration.ofMillis(200))) {
                status = awaitRun(finance, run, started);
                peakUsed = sampler.peakUsed();
                peakResident = sampler.peakResident();
            }
        } else {
            System.out.println("This build has no period close (POST /statement-runs answered " + response.statusCode()
                    + "): close and statements skipped.");
        }
        double closeSeconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        int issued = closed ? status.getInt("statementsIssued") : 0;
        long heapAfterClose = heap.usedAfterGc();
        if (closed) {
            compare(reference.totals, LedgerSql.issuedTotals(connection, from));
        }
        boolean page = SignedInClient.signIn(BASE_URL, "scale.admin." + partners.get(0), PASSWORD).get(reportPage)
                .statusCode() == 200;
        if (!page) {
            System.out.println("This build has no report page at " + reportPage + ": page skipped.");
        }

        // 3. Per partner: statement REST, report REST, report page, and the hand-written SQL of each. First the
        //    same mix for a while, not measured: on 2 cores the JIT compiler, still compiling the pages' code
        //    after hundreds of requests, otherwise takes a core from the requests being measured.
        var rounds = new ArrayList<PartnerRound>();
        for (int n : partners) {
            long partner = 100_000L + n;
            rounds.add(new PartnerRound(partner, SignedInClient.signIn(BASE_URL, "scale.admin." + n, PASSWORD),
                    closed ? statementIds(partner, from) : List.of(),
                    API + "/partners/" + partner + "/registration-report?period=" + period + "&page=0&size=50"));
        }
        var samples = new Samples();
        var warmupSamples = new Samples();
        Instant warmUntil = Instant.now().plusSeconds(serverWarmupSeconds);
        int warmupRounds = 0;
        while (Instant.now().isBefore(warmUntil)) {
            for (var round : rounds) {
                repeatMix(round, page, warmupSamples);
            }
            warmupRounds++;
        }
        System.out.printf("%nServer warm-up: %d rounds of the mix below for each partner in %d s, not measured%n",
                warmupRounds, serverWarmupSeconds);
        var reportsSampler = heap.sample(Duration.ofMillis(200));
        for (var round : rounds) {
            for (int i = 0; i < warmup + repetitions; i++) {
                repeatMix(round, page, i >= warmup ? samples : warmupSamples);
            }
        }
        reportsSampler.close();
        long heapAfter = heap.usedAfterGc();
        long[] gcAfter = heap.gcCountAndMillis();

        var rows = List.of(
                latencies("statement REST GET /statements/{id}", samples.statementRest),
                latencies("  hand-written SQL of its totals", samples.statementSql),
                latencies("report REST (first page of 50 + totals)", samples.reportRest),
                latencies("report page (open, run for the period)", samples.reportPage),
                latencies("  hand-written SQL of the report totals", samples.reportSql),
                latencies("report page at its address (?period=)", samples.reportLink));
        System.out.println();
        System.out.println(header());
        rows.stream().filter(r -> r.millis().length > 0).forEach(r -> System.out.println(r.row()));

        if (closed) {
            System.out.printf("%nClose of %s for all partners: %.1f s wall, %d statements issued (run %d, %s)%n", period,
                    closeSeconds, issued, run, status.getString("status"));
        }
        System.out.printf("Hand-written SQL of every partner's totals: %.2f s (%d partner/model/currency totals)%n",
                sqlAll / 1000.0, reference.totals.size());
        var report = page ? rows.get(5) : rows.get(2);
        System.out.printf("Ratios to the hand-written SQL: close %s; statement REST p50 %s, p95 %s; report REST p50 %.2fx,"
                        + " p95 %.2fx; report page p50 %s, p95 %s; report page at its address p50 %s, p95 %s%n",
                closed ? String.format("%.1fx", closeSeconds * 1000.0 / sqlAll) : "n/a",
                closed ? String.format("%.2fx", ratio(rows.get(0), rows.get(1), 50)) : "n/a",
                closed ? String.format("%.2fx", ratio(rows.get(0), rows.get(1), 95)) : "n/a",
                ratio(rows.get(2), rows.get(4), 50), ratio(rows.get(2), rows.get(4), 95),
                page ? String.format("%.2fx", ratio(rows.get(3), rows.get(4), 50)) : "n/a",
                page ? String.format("%.2fx", ratio(rows.get(3), rows.get(4), 95)) : "n/a",
                page ? String.format("%.2fx", ratio(rows.get(5), rows.get(4), 50)) : "n/a",
                page ? String.format("%.2fx", ratio(rows.get(5), rows.get(4), 95)) : "n/a");
        System.out.printf("Server heap (max %.0f MB): after a full GC before %.0f MB; peak during the close %s, during"
                        + " the reports %.0f MB; after a full GC after the close %.0f MB, at the end %.0f MB;"
                        + " resident set peak %.0f MB; %d collections, %d ms in GC during the run%n",
                heap.max() / MB, heapBefore / MB, closed ? String.format("%.0f MB", peakUsed / MB) : "n/a",
                reportsSampler.peakUsed() / MB, heapAfterClose / MB, heapAfter / MB,
                Math.max(peakResident, reportsSampler.peakResident()) / MB, gcAfter[0] - gcBefore[0],
                gcAfter[1] - gcBefore[1]);
        System.out.printf("Targets: %s p95 < 500 ms %s; its p95 <= 1.5x the SQL's %s; report REST p95 <= 1.5x %s;"
                        + " statement REST p95 <= 1.5x %s; close < 60 s %s; heap flat (after - before < 64 MB) %s%n",
                page ? "report page at its address" : "report REST", met(report.percentile(95) < 500),
                met(report.percentile(95) <= 1.5 * rows.get(4).percentile(95)),
                met(rows.get(2).percentile(95) <= 1.5 * rows.get(4).percentile(95)),
                closed ? met(rows.get(0).percentile(95) <= 1.5 * rows.get(1).percentile(95)) : "n/a",
                closed ? met(closeSeconds < 60) : "n/a", met(heapAfter - heapBefore < 64 * MB));
    }

    /** One partner's admin, its statements of the period and its report's REST address. */
    private record PartnerRound(long partner, SignedInClient admin, List<Long> statements, String reportPath) {
    }

    /** The measured times, in milliseconds, of each kind of request. */
    private static final class Samples {
        final List<Double> statementRest = new ArrayList<>();
        final List<Double> reportRest = new ArrayList<>();
        final List<Double> reportPage = new ArrayList<>();
        final List<Double> reportLink = new ArrayList<>();
        final List<Double> statementSql = new ArrayList<>();
        final List<Double> reportSql = new ArrayList<>();
    }

    /** One repetition of the mix for a partner, each request's time recorded in {@code into}. */
    private void repeatMix(PartnerRound round, boolean page, Samples into) throws Exception {
        for (long statement : round.statements()) {
            record(into.statementRest, () -> ok(round.admin(), API + "/statements/" + statement + "?page=0&size=50"));
        }
        record(into.reportRest, () -> ok(round.admin(), round.reportPath()));
        if (page) {
            record(into.reportPage, () -> runReportPage(round.admin()));
            record(into.reportLink, () -> openReportPage(round.admin()));
        }
        record(into.statementSql, () -> LedgerSql.statementTotals(connection, from(), to(), round.partner()));
        record(into.reportSql, () -> LedgerSql.reportTotals(connection, from(), to(), round.partner()));
    }

    private LocalDate from() {
        return period.atDay(1);
    }

    private LocalDate to() {
        return period.atEndOfMonth();
    }

    /** The report page opened at the address that names the period: one request, the report shown at once. */
    private Object openReportPage(SignedInClient admin) throws Exception {
        var opened = (java.net.http.HttpResponse<?>) ok(admin, reportPage + "?period=" + period);
        if (!opened.body().toString().contains("report:totalsTable")) {
            throw new IllegalStateException("The report page at its address showed no report");
        }
        return opened;
    }

    /**
     * The report page as a partner admin uses it: opens it, then runs it for the period (the form's AJAX
     * submit, which renders the first page of the lazy table and the totals). Both requests are timed.
     */
    private Object runReportPage(SignedInClient admin) throws Exception {
        var opened = (java.net.http.HttpResponse<?>) ok(admin, reportPage);
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "filters:run");
        form.put("jakarta.faces.partial.execute", "filters");
        form.put("jakarta.faces.partial.render", "report filters");
        form.put("filters:run", "filters:run");
        form.put("filters", "filters");
        form.put("filters:period", period.toString());
        form.put("jakarta.faces.ViewState", SignedInClient.viewState(opened.body().toString()));
        var ran = admin.postAjax(reportPage, form);
        if (ran.statusCode() != 200 || !ran.body().contains("partial-response") || ran.body().contains("<error>")) {
            throw new IllegalStateException("Running the report page answered " + ran.statusCode() + ": "
                    + ran.body().substring(0, Math.min(300, ran.body().length())));
        }
        return ran;
    }

    private JsonPath awaitRun(SignedInClient finance, long run, Instant started) throws Exception {
        while (true) {
            var response = finance.get(API + "/statement-runs/" + run);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Reading run " + run + " answered " + response.statusCode());
            }
            var status = JsonPath.from(response.body());
            if (!"ISSUING".equals(status.getString("status"))) {
                if (!"ISSUED".equals(status.getString("status"))) {
                    throw new IllegalStateException("The close ended " + status.getString("status") + ": " + response.body());
                }
                return status;
            }
            if (Duration.between(started, Instant.now()).compareTo(closeTimeout) > 0) {
                throw new IllegalStateException("The close did not finish within " + closeTimeout + ": " + response.body());
            }
            Thread.sleep(250);
        }
    }

    private List<Long> statementIds(long partner, LocalDate from) throws SQLException {
        try (var statement = connection.prepareStatement(
                "SELECT id FROM partner_statement WHERE partner_id = ? AND period_from = ? ORDER BY id")) {
            statement.setLong(1, partner);
            statement.setDate(2, Date.valueOf(from));
            var ids = new ArrayList<Long>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            if (ids.isEmpty()) {
                throw new IllegalStateException("Partner " + partner + " has no statement for " + from);
            }
            return ids;
        }
    }

    /** Every piece of the period's statements and runs, children first; so that a run closes the month afresh. */
    private static void removeStatementsOf(Connection connection, LocalDate from) throws SQLException {
        String statements = "SELECT id FROM partner_statement WHERE period_from = '" + from + "'";
        try (var statement = connection.createStatement()) {
            statement.execute("UPDATE partner_statement_line SET dispute_id = NULL WHERE statement_id IN (" + statements + ")");
            statement.execute("DELETE FROM statement_dispute WHERE statement_id IN (" + statements + ")");
            statement.execute("DELETE FROM partner_statement_usage WHERE statement_id IN (" + statements + ")");
            statement.execute("UPDATE partner_statement_line SET adjusts_statement_id = NULL WHERE adjusts_statement_id IN ("
                    + statements + ")");
            statement.execute("DELETE FROM partner_statement_line WHERE statement_id IN (" + statements + ")");
            statement.execute("DELETE FROM partner_statement WHERE period_from = '" + from + "'");
            statement.execute("DELETE FROM statement_run WHERE period_from = '" + from + "'");
        } catch (SQLException e) {
            // A first run on a database the application has not yet migrated to the close: nothing to remove.
            if (!e.getMessage().contains("doesn't exist")) {
                throw e;
            }
        }
    }

    private static void compare(java.util.TreeMap<String, LedgerSql.Totals> reference,
            java.util.TreeMap<String, LedgerSql.Totals> issued) {
        int agree = 0;
        var differences = new ArrayList<String>();
        var keys = new java.util.TreeSet<>(reference.keySet());
        keys.addAll(issued.keySet());
        for (String key : keys) {
            var sql = reference.get(key);
            var app = issued.get(key);
            if (sql != null && sql.sameAmount(app)) {
                agree++;
            } else {
                differences.add(key + ": SQL " + (sql == null ? "-" : sql.amount() + " (" + sql.lines() + " lines)")
                        + ", statements " + (app == null ? "-" : app.amount() + " (" + app.lines() + " lines)"));
            }
        }
        System.out.printf("Statement totals vs hand-written SQL: %d of %d partner/model/currency totals agree%n", agree,
                keys.size());
        differences.stream().limit(10).forEach(d -> System.out.println("  differs: " + d));
    }

    private static void record(List<Double> samples, Callable<?> action) throws Exception {
        long t0 = System.nanoTime();
        action.call();
        samples.add((System.nanoTime() - t0) / 1_000_000.0);
    }

    private static double bestOf(int times, Callable<?> action) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            action.call();
            best = Math.min(best, (System.nanoTime() - t0) / 1_000_000.0);
        }
        return best;
    }

    private static Object ok(SignedInClient client, String path) throws Exception {
        var response = client.get(path);
        if (response.statusCode() != 200 || response.uri().getPath().endsWith("/login.xhtml")) {
            throw new IllegalStateException(path + " answered HTTP " + response.statusCode() + " at " + response.uri()
                    + ": " + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response;
    }

    private static Latencies latencies(String name, List<Double> samples) {
        double seconds = samples.stream().mapToDouble(Double::doubleValue).sum() / 1000.0;
        return new Latencies(name, samples.stream().mapToDouble(Double::doubleValue).toArray(), seconds);
    }

    private static double ratio(Latencies app, Latencies sql, double percentile) {
        return app.percentile(percentile) / sql.percentile(percentile);
    }

    private static String header() {
        return Latencies.header().replace("scenario (20 concurrent users)", "one client, sequential      ");
    }

    private static String met(boolean met) {
        return met ? "met" : "MISSED";
    }
}
