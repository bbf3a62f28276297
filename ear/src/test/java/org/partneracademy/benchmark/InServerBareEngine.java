package org.partneracademy.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Deploys {@link InServerBareEngineServlet} into the running benchmark server in a WAR of its own,
 * through the deployment scanner's directory, asks it for measurements, and removes it again on
 * close. The WAR carries the Camunda jars of the application's EAR, so both engines are one build.
 */
final class InServerBareEngine implements AutoCloseable {

    static final String WAR = "bare-engine-benchmark.war";
    private static final Duration DEPLOYMENT_TIMEOUT = Duration.ofMinutes(2);
    /** What Camunda's engine needs at run time, by the EAR's library names (CDI integration not included). */
    private static final Set<String> ENGINE_LIBRARIES_BESIDES_CAMUNDA = Set.of("feel-engine.jar", "mybatis.jar",
            "joda-time.jar", "java-uuid-generator.jar");

    private final Path deployed;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    private InServerBareEngine(Path deployed, String baseUrl) {
        this.deployed = deployed;
        this.baseUrl = baseUrl;
    }

    /** Builds the WAR, drops it into {@code deployments} and waits until the server has deployed it. */
    static InServerBareEngine deploy(Path deployments, Path ear, String serverUrl)
            throws IOException, InterruptedException {
        var application = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear.toFile());
        var war = ShrinkWrap.create(WebArchive.class, WAR)
                .addClasses(InServerBareEngineServlet.class, BareProcess.class, ClosedLoop.class, CpuMeter.class,
                        Latencies.class);
        for (var entry : application.getContent().entrySet()) {
            String name = libraryName(entry.getKey());
            if (name != null && isEngineLibrary(name)) {
                war.addAsLibrary(entry.getValue().getAsset(), name);
            }
        }
        Path target = deployments.resolve(WAR);
        Path building = Files.createTempFile(deployments.getParent(), "bare-engine", ".war");
        war.as(ZipExporter.class).exportTo(building.toFile(), true);
        Files.move(building, target);

        Instant deadline = Instant.now().plus(DEPLOYMENT_TIMEOUT);
        while (!Files.exists(deployments.resolve(WAR + ".deployed"))) {
            if (Files.exists(deployments.resolve(WAR + ".failed")) || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(WAR + " did not deploy; see the server log");
            }
            Thread.sleep(250);
        }
        return new InServerBareEngine(target, serverUrl + "/" + WAR.replace(".war", ""));
    }

    /** One measured row: {@code clients} threads of the server starting bare instances for {@code duration}. */
    ClosedLoop.Result run(String scenario, int clients, Duration duration, int waitStates, boolean cancellable)
            throws IOException, InterruptedException {
        var form = Map.of("scenario", scenario, "clients", String.valueOf(clients),
                "seconds", String.valueOf(duration.toSeconds()), "waits", String.valueOf(waitStates),
                "cancellable", String.valueOf(cancellable));
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/run"))
                .timeout(duration.plusMinutes(2))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("In-server bare engine: HTTP " + response.statusCode() + ": " + response.body());
        }
        return ClosedLoop.Result.fromText(response.body());
    }

    long waitingInstances() throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/run")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return Long.parseLong(response.body().strip());
    }

    /** Undeploys (the scanner undeploys a WAR whose file is gone) and waits until the server has. */
    @Override
    public void close() throws IOException, InterruptedException {
        Files.deleteIfExists(deployed);
        Path marker = deployed.resolveSibling(WAR + ".deployed");
        Instant deadline = Instant.now().plus(DEPLOYMENT_TIMEOUT);
        while (Files.exists(marker) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
    }

    private static String libraryName(ArchivePath path) {
        String name = path.get();
        return name.startsWith("/lib/") && name.endsWith(".jar") ? name.substring("/lib/".length()) : null;
    }

    private static boolean isEngineLibrary(String name) {
        return name.startsWith("camunda-") && !name.contains("-cdi") || ENGINE_LIBRARIES_BESIDES_CAMUNDA.contains(name);
    }
}
