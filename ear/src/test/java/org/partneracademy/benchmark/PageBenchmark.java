package org.partneracademy.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.partneracademy.devstack.DevServer;

/**
 * p95 response times of the pages the issue names, at 20 concurrent users, on the scale data: each
 * virtual user signs in once, warms up, then requests its page back to back. Every response must be
 * the page itself (HTTP 200, not the login page), or the run fails: a fast error is not a result.
 */
public final class PageBenchmark {

    private static final String BASE_URL = "http://localhost:8080";
    private static final String PASSWORD = "academy-demo";
    private static final String[] SEARCHES = {"Aurora", "troubleshooting", "Fundamentals", "Fjord Workshop",
            "pricing", "Delta", "servicing cumulus", "masterclass"};

    private final int users = Integer.getInteger("benchmark.users", 20);
    private final int warmup = Integer.getInteger("benchmark.warmup", 5);
    private final int requests = Integer.getInteger("benchmark.requests", 40);

    private record Scenario(String name, IntFunction<String> username, IntFunction<String> path) {
    }

    public static void main(String[] args) throws Exception {
        try (var database = ScaleDatabase.start()) {
            Path log = Path.of(System.getProperty("scale.server.log", "target/benchmark-server.log"));
            try (var server = DevServer.start(database.coordinates(), Optional.empty(), Optional.of(log))) {
                if (!server.isDeployed()) {
                    throw new IllegalStateException("The application did not deploy; see " + log);
                }
                new PageBenchmark().run();
            }
        }
    }

    private void run() throws Exception {
        var scenarios = List.of(
                new Scenario("My learning (learner, 10 enrollments)", user -> "scale.learner." + (2001 + user * 37),
                        user -> "/learning/index.xhtml"),
                new Scenario("My team (partner admin, 2,000 people)", user -> "scale.admin.1",
                        user -> System.getProperty("benchmark.team.path", "/partner/team.xhtml")),
                new Scenario("Catalog search (learner, 500 courses)", user -> "scale.learner." + (5001 + user * 41),
                        user -> "/catalog/index.xhtml?q=" + SEARCHES[user % SEARCHES.length].replace(" ", "+")));
        System.out.printf("%nPage benchmark: %d users, %d requests each after %d warm-up requests%n", users, requests, warmup);
        System.out.println(Latencies.header());
        boolean failed = false;
        for (var scenario : scenarios) {
            try {
                System.out.println(measure(scenario).row());
            } catch (Exception e) {
                failed = true;
                System.out.printf("%-48s FAILED: %s%n", scenario.name(), rootCause(e));
            }
        }
        if (failed) {
            throw new IllegalStateException("A scenario failed; see above and the server log");
        }
    }

    private static String rootCause(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e.getMessage();
    }

    private Latencies measure(Scenario scenario) throws Exception {
        var samples = new ConcurrentLinkedQueue<Double>();
        var clients = new ArrayList<SignedInClient>();
        for (int user = 0; user < users; user++) {
            clients.add(SignedInClient.signIn(BASE_URL, scenario.username().apply(user), PASSWORD));
        }
        var began = new AtomicReference<Instant>();
        var start = new CyclicBarrier(users, () -> began.set(Instant.now()));
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int user = 0; user < users; user++) {
                var client = clients.get(user);
                String path = scenario.path().apply(user);
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < warmup; i++) {
                        fetch(client, path);
                    }
                    start.await();
                    for (int i = 0; i < requests; i++) {
                        long t0 = System.nanoTime();
                        fetch(client, path);
                        samples.add((System.nanoTime() - t0) / 1_000_000.0);
                    }
                    return null;
                }));
            }
            for (var future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = Duration.between(began.get(), Instant.now()).toMillis() / 1000.0;
        return new Latencies(scenario.name(), samples.stream().mapToDouble(Double::doubleValue).toArray(), seconds);
    }

    private static void fetch(SignedInClient client, String path) throws Exception {
        var response = client.get(path);
        if (response.statusCode() != 200 || response.uri().getPath().endsWith("/login.xhtml")) {
            throw new IllegalStateException(path + " answered HTTP " + response.statusCode() + " at " + response.uri());
        }
    }
}
