package org.partneracademy.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * A sustained-rate measurement: a fixed number of clients each send their next request as soon as
 * the previous one has answered, for a fixed time. Requests started before the time is up are
 * waited for and counted. A request that throws is an error: counted, never part of the rate.
 */
final class ClosedLoop {

    /** One request of one client; throws when the request did not do what it should. */
    @FunctionalInterface
    interface Request {
        void send() throws Exception;
    }

    /**
     * What one run measured: successful requests per second, their latencies, the errors, the CPU and
     * (once {@link #withStatements} has added them) the database statements per request.
     */
    record Result(String scenario, int clients, Latencies latencies, long errors, String firstError, String cpu,
            String statements) {

        Result withStatements(String perRequest) {
            return new Result(scenario, clients, latencies, errors, firstError, cpu, perRequest);
        }

        /** Requests answered, successfully or not. */
        long requests() {
            return latencies.millis().length + errors;
        }

        double perSecond() {
            return latencies.throughput();
        }

        String row() {
            return String.format("%-36s %7d %8d %9.1f %8.1f %8.1f %8.1f %7d   %-20s %s", scenario, clients,
                    latencies.millis().length, perSecond(), latencies.percentile(50), latencies.percentile(99),
                    latencies.max(), errors, cpu, statements);
        }

        /** The result as text, for a run measured in another JVM (the bare engine inside the server). */
        String toText() {
            var text = new StringBuilder()
                    .append(scenario).append('\n')
                    .append(clients).append('\n')
                    .append(latencies.seconds()).append('\n')
                    .append(errors).append('\n')
                    .append(firstError == null ? "" : firstError.replace('\n', ' ')).append('\n')
                    .append(cpu).append('\n');
            for (double millis : latencies.millis()) {
                text.append(millis).append(' ');
            }
            return text.toString();
        }

        static Result fromText(String text) {
            String[] lines = text.split("\n", 7);
            if (lines.length != 7) {
                throw new IllegalArgumentException("Not a measurement: " + text);
            }
            double[] millis = Arrays.stream(lines[6].split(" ")).filter(value -> !value.isEmpty())
                    .mapToDouble(Double::parseDouble).toArray();
            return new Result(lines[0], Integer.parseInt(lines[1]),
                    new Latencies(lines[0], millis, Double.parseDouble(lines[2])), Long.parseLong(lines[3]),
                    lines[4].isEmpty() ? null : lines[4], lines[5], "");
        }

        static String header() {
            return String.format("%-36s %7s %8s %9s %8s %8s %8s %7s   %-20s %s", "scenario", "clients", "done",
                    "per s", "p50 ms", "p99 ms", "max ms", "errors", "CPU ms/op jvm/srv/db",
                    "DB statements per op");
        }
    }

    private ClosedLoop() {
    }

    /**
     * Runs {@code clients} clients for {@code duration}.
     *
     * @param requestOf the request of client number i (0-based), created before the clock starts
     */
    static Result run(String scenario, int clients, Duration duration, CpuMeter cpu, IntFunction<Request> requestOf)
            throws InterruptedException {
        var requests = new ArrayList<Request>();
        for (int i = 0; i < clients; i++) {
            requests.add(requestOf.apply(i));
        }
        var began = new AtomicLong();
        var cpuBefore = new AtomicReference<CpuMeter.Snapshot>();
        var start = new CyclicBarrier(clients, () -> {
            cpuBefore.set(cpu.snapshot());
            began.set(System.nanoTime());
        });
        var errors = new AtomicLong();
        var firstError = new AtomicReference<String>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        var samples = new ArrayList<Future<double[]>>();
        try {
            for (var request : requests) {
                samples.add(pool.submit(() -> {
                    start.await();
                    long deadline = began.get() + duration.toNanos();
                    var millis = new Samples();
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        try {
                            request.send();
                            millis.add((System.nanoTime() - t0) / 1_000_000.0);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e.toString());
                        }
                    }
                    return millis.toArray();
                }));
            }
            List<double[]> all = new ArrayList<>();
            for (var future : samples) {
                all.add(future.get());
            }
            double seconds = (System.nanoTime() - began.get()) / 1e9;
            var cpuAfter = cpu.snapshot();
            double[] merged = all.stream().flatMapToDouble(Arrays::stream).toArray();
            return new Result(scenario, clients, new Latencies(scenario, merged, seconds), errors.get(),
                    firstError.get(), cpuAfter.perOperation(cpuBefore.get(), merged.length + errors.get()), "");
        } catch (ExecutionException e) {
            throw new IllegalStateException("A client of " + scenario + " failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A growable array of doubles: a client's latencies without boxing. */
    private static final class Samples {
        private double[] values = new double[4096];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
