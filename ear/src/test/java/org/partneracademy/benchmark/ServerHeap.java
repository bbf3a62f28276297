package org.partneracademy.benchmark;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The application server's heap, read from outside: the server JVM's own MemoryMXBean and garbage
 * collector beans over a local JMX connection (the Attach API starts the JVM's local management agent),
 * and its resident set from /proc. "After GC" asks the server for a full collection first, so what is left
 * is what the server retains: the figure that shows whether a close streams the ledger or loads it whole.
 */
final class ServerHeap implements AutoCloseable {

    private static final Pattern VM_RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private final long pid;
    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final List<GarbageCollectorMXBean> collectors;

    private ServerHeap(long pid, JMXConnector connector, MemoryMXBean memory, List<GarbageCollectorMXBean> collectors) {
        this.pid = pid;
        this.connector = connector;
        this.memory = memory;
        this.collectors = collectors;
    }

    /** Attaches to the server JVM: the java process under the server's start script. */
    static ServerHeap attach(ProcessHandle server) throws Exception {
        var jvm = server.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst().orElse(server);
        var vm = VirtualMachine.attach(String.valueOf(jvm.pid()));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        var connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
        var connection = connector.getMBeanServerConnection();
        var memory = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        var collectors = ManagementFactory.getPlatformMXBeans(connection, GarbageCollectorMXBean.class);
        return new ServerHeap(jvm.pid(), connector, memory, collectors);
    }

    long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    long max() {
        return memory.getHeapMemoryUsage().getMax();
    }

    /** Heap still used after a full collection the server was asked for. */
    long usedAfterGc() {
        memory.gc();
        return used();
    }

    /** Collections so far and the milliseconds they took, over all of the server's collectors. */
    long[] gcCountAndMillis() {
        long count = 0;
        long millis = 0;
        for (var gc : collectors) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** The server JVM's resident set in bytes (0 where /proc is not there). */
    long residentSet() {
        try {
            var matcher = VM_RSS.matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
            return matcher.find() ? Long.parseLong(matcher.group(1)) * 1024 : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Samples heap used and the resident set in the background until closed; keeps the peaks. */
    Sampler sample(Duration every) {
        return new Sampler(every);
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }

    final class Sampler implements AutoCloseable {

        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakResident = new AtomicLong();
        private final AtomicLong samples = new AtomicLong();
        private final Thread thread;

        private Sampler(Duration every) {
            thread = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        peakUsed.accumulateAndGet(used(), Math::max);
                        peakResident.accumulateAndGet(residentSet(), Math::max);
                        samples.incrementAndGet();
                        Thread.sleep(every.toMillis());
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        // A sample lost to a busy connection: the next one counts.
                    }
                }
            }, "server-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long peakUsed() {
            return peakUsed.get();
        }

        long peakResident() {
            return peakResident.get();
        }

        long samples() {
            return samples.get();
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(5_000);
        }
    }
}
