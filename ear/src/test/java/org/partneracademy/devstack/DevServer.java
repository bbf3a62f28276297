package org.partneracademy.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The provisioned WildFly with the EAR deployed on a given database, as a child process: what the run
 * command, the scale-data generator and the benchmark start. The EAR is deployed from the deployment
 * scanner's directory, so the server starts and deploys in one go.
 */
public final class DevServer implements AutoCloseable {

    private final Process process;
    private final boolean deployed;
    private final Duration startup;

    private DevServer(Process process, boolean deployed, Duration startup) {
        this.process = process;
        this.deployed = deployed;
        this.startup = startup;
    }

    /**
     * Starts the server and waits until the EAR is deployed or has failed.
     *
     * @param demoDataDir the demo data to load, if any
     * @param log where the server's console goes; empty = this process's console
     */
    public static DevServer start(DevDatabase.Coordinates database, Optional<Path> demoDataDir, Optional<Path> log)
            throws IOException, InterruptedException {
        Path wildfly = Path.of(required("jboss.home"));
        Path ear = Path.of(required("ear.file"));
        Path deployments = deployments();
        clearDeployments(deployments);
        Files.copy(ear, deployments.resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);

        var command = new ArrayList<String>();
        command.add(wildfly.resolve("bin/standalone.sh").toString());
        command.add("-c");
        command.add("partner-academy.xml");
        database.systemProperties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        demoDataDir.ifPresent(dir -> command.add("-Dpa.demo.data.dir=" + dir));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (log.isPresent()) {
            builder.redirectOutput(log.get().toFile());
        } else {
            builder.inheritIO();
        }
        Instant started = Instant.now();
        var process = builder.start();

        Path deployed = deployments.resolve(ear.getFileName() + ".deployed");
        Path failed = deployments.resolve(ear.getFileName() + ".failed");
        while (process.isAlive() && !Files.exists(deployed) && !Files.exists(failed)) {
            Thread.sleep(250);
        }
        return new DevServer(process, Files.exists(deployed), Duration.between(started, Instant.now()));
    }

    /** The deployment scanner's directory of the provisioned server. */
    public static Path deployments() {
        return Path.of(required("jboss.home"), "standalone", "deployments");
    }

    /** The server's process (standalone.sh; the server JVM is its child). */
    public ProcessHandle process() {
        return process.toHandle();
    }

    public boolean isDeployed() {
        return deployed;
    }

    public Duration startup() {
        return startup;
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Stops the server: the JVM that standalone.sh started first (a signal to the script alone would orphan it). */
    @Override
    public void close() {
        var tree = new ArrayList<ProcessHandle>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (var handle : tree) {
            try {
                handle.onExit().get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                handle.destroyForcibly();
            }
        }
    }

    /**
     * The server runs this EAR and nothing else: earlier copies, their markers and anything a killed
     * benchmark left behind (its in-server WAR) go.
     */
    private static void clearDeployments(Path deployments) throws IOException {
        try (var files = Files.list(deployments)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("README.txt")).toList()) {
                Files.delete(file);
            }
        }
    }

    public static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set");
        }
        return value;
    }
}
