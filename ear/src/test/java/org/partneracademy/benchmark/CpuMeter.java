package org.partneracademy.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CPU time spent by the three parties of a measurement, read from the operating system: this JVM
 * (the clients, and the bare engine when that is measured), the application server's process tree,
 * and the MariaDB server when it runs on this machine. Divided by the operations done it says where
 * an operation's CPU goes, which on a machine of two cores decides the rates.
 */
final class CpuMeter {

    private final boolean clientsInThisJvm;
    private final Optional<ProcessHandle> server;
    private final Optional<ProcessHandle> database;

    private CpuMeter(boolean clientsInThisJvm, Optional<ProcessHandle> server) {
        this.clientsInThisJvm = clientsInThisJvm;
        this.server = server;
        this.database = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .findFirst();
    }

    /** The clients run in this JVM; the server, if any, is another process. */
    static CpuMeter of(Optional<ProcessHandle> server) {
        return new CpuMeter(true, server);
    }

    /** This JVM is the application server and the clients are its own threads: all of it counts as server. */
    static CpuMeter ofThisServer() {
        return new CpuMeter(false, Optional.of(ProcessHandle.current()));
    }

    /** CPU used so far by this JVM, the server and the database, in that order; null where unknown. */
    Snapshot snapshot() {
        // The process's CPU as the operating system counts it (not com.sun.management: WildFly's module
        // class loader does not show that package to a deployment).
        return new Snapshot(clientsInThisJvm ? ProcessHandle.current().info().totalCpuDuration().orElse(null) : null,
                server.map(CpuMeter::treeCpu).orElse(null),
                database.flatMap(p -> p.info().totalCpuDuration()).orElse(null));
    }

    private static Duration treeCpu(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        return tree.stream().map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    record Snapshot(Duration benchmark, Duration server, Duration database) {

        /** CPU milliseconds per operation since {@code before}, e.g. "jvm 1.2 / server 4.3 / db 0.9". */
        String perOperation(Snapshot before, long operations) {
            if (operations == 0) {
                return "";
            }
            return String.format("%5s %5s %5s", ms(before.benchmark, benchmark, operations),
                    ms(before.server, server, operations), ms(before.database, database, operations));
        }

        private static String ms(Duration from, Duration to, long operations) {
            if (from == null || to == null) {
                return "-";
            }
            return String.format("%.2f", to.minus(from).toNanos() / 1e6 / operations);
        }
    }
}
