package org.partneracademy.benchmark;

import java.lang.management.ManagementFactory;
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

    private final Optional<ProcessHandle> server;
    private final Optional<ProcessHandle> database;

    private CpuMeter(Optional<ProcessHandle> server, Optional<ProcessHandle> database) {
        this.server = server;
        this.database = database;
    }

    static CpuMeter of(Optional<ProcessHandle> server) {
        var mariadb = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .findFirst();
        return new CpuMeter(server, mariadb);
    }

    /** CPU used so far by this JVM, the server and the database, in that order; null where unknown. */
    Snapshot snapshot() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Snapshot(Duration.ofNanos(os.getProcessCpuTime()), server.map(CpuMeter::treeCpu).orElse(null),
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
