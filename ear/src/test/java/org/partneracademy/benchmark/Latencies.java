package org.partneracademy.benchmark;

import java.util.Arrays;

/** Response times of one scenario, in milliseconds, and the percentiles the benchmark reports. */
record Latencies(String scenario, double[] millis, double seconds) {

    Latencies {
        millis = millis.clone();
        Arrays.sort(millis);
    }

    /** Nearest-rank percentile. */
    double percentile(double p) {
        if (millis.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * millis.length);
        return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
    }

    double max() {
        return millis.length == 0 ? Double.NaN : millis[millis.length - 1];
    }

    double throughput() {
        return millis.length / seconds;
    }

    String row() {
        return String.format("%-48s %7d %9.0f %9.0f %9.0f %9.1f", scenario, millis.length, percentile(50),
                percentile(95), max(), throughput());
    }

    static String header() {
        return String.format("%-48s %7s %9s %9s %9s %9s", "scenario (20 concurrent users)", "samples", "p50 ms",
                "p95 ms", "max ms", "req/s");
    }
}
