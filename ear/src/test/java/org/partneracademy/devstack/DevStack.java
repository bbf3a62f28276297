package org.partneracademy.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

/**
 * The run command: a database (see {@link DevDatabase}), then the provisioned WildFly with the EAR
 * and the demo data, in the foreground until Ctrl-C stops both.
 */
public final class DevStack {

    private static final String DATABASE = "partner_academy";

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        Path wildfly = Path.of(required("jboss.home"));
        Path ear = Path.of(required("ear.file"));
        var database = DevDatabase.start(DATABASE, Path.of(required("dev.db.dir")), false);

        Path deployments = wildfly.resolve("standalone/deployments");
        clearDeploymentMarkers(deployments);
        Files.copy(ear, deployments.resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);

        var command = new ArrayList<String>();
        command.add(wildfly.resolve("bin/standalone.sh").toString());
        command.add("-c");
        command.add("partner-academy.xml");
        database.coordinates().systemProperties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dpa.demo.data.dir=" + required("demo.data.dir"));
        var server = new ProcessBuilder(command).inheritIO().start();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.destroy();
            database.close();
        }));

        Instant started = Instant.now();
        Path deployed = deployments.resolve(ear.getFileName() + ".deployed");
        Path failed = deployments.resolve(ear.getFileName() + ".failed");
        while (server.isAlive() && !Files.exists(deployed) && !Files.exists(failed)) {
            Thread.sleep(250);
        }
        if (Files.exists(deployed)) {
            System.out.printf("%n  Partner Academy is running at http://localhost:8080/  (started in %d s, %s database %s:%d/%s)%n"
                    + "  Demo logins are listed in README.md. Press Ctrl-C to stop.%n%n",
                    Duration.between(started, Instant.now()).toSeconds(),
                    database.isEmbedded() ? "embedded" : "external", database.coordinates().host(),
                    database.coordinates().port(), database.coordinates().name());
        } else {
            System.err.println("Deployment failed: see the server log above.");
        }
        System.exit(server.waitFor());
    }

    private static void clearDeploymentMarkers(Path deployments) throws IOException {
        try (var files = Files.list(deployments)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("partner-academy.ear")).toList()) {
                Files.delete(file);
            }
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set");
        }
        return value;
    }
}
