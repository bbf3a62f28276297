package org.partneracademy.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.StopContainer;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the real EAR once per test run instead of once per test class (a deployment cycle costs
 * 10-15 s; the suite has dozens of classes). Test classes keep their usual
 * {@code @Deployment(testable = false) static EnterpriseArchive ear() { return RealEar.archive(); }}:
 * the first class deploys it, the next classes find it deployed, and it is undeployed just before the
 * container stops (a deployment left in the server's configuration would clash with the next start).
 *
 * <p>What a redeploy used to reset between classes: the database is shared by the whole run anyway
 * (a redeploy never reset it); the one piece of application state that lives in memory and matters
 * to tests is the {@code AcademyClock} offset (and Camunda's clock), which tests move forward.
 * So after every class the clock is returned to real time ({@code PUT /api/v1/platform/clock
 * {"reset":true}}) when it was moved; if that fails the EAR is undeployed as before, so the next
 * class starts on a fresh deployment.
 *
 * <p>Only managed deployments of exactly {@link RealEar#archive()} are shared. A class that deploys
 * anything else on the same container first gets the server to itself (the EAR is undeployed, and
 * deployed again by the next class that needs it). Deployments a test drives itself ({@code managed =
 * false}, e.g. ServerRestartIT) are left alone.
 */
public class SuiteDeployment {

    private static final Logger LOG = Logger.getLogger(SuiteDeployment.class.getName());
    private static final String CLOCK = RealEar.BASE_URL + "/api/v1/platform/clock";
    private static final Pattern AT_REAL_TIME = Pattern.compile("\"offset\"\\s*:\\s*\"PT0S\"");

    /** Per container name: the container on which the EAR stays deployed between classes. */
    private final Map<String, Container<?>> deployedOn = new HashMap<>();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public void deploy(@Observes EventContext<DeployDeployment> context) {
        var event = context.getEvent();
        var container = event.getContainer();
        if (!isSuiteEar(event.getDeployment())) {
            undeploySuiteEar(container);
            context.proceed();
            return;
        }
        if (deployedOn.containsKey(container.getName())) {
            event.getDeployment().deployed();
            return;
        }
        context.proceed();
        if (event.getDeployment().isDeployed() && !event.getDeployment().hasDeploymentError()) {
            deployedOn.put(container.getName(), container);
            LOG.info(() -> "Deployed " + RealEar.archive().getName() + " on " + container.getName()
                    + "; it stays deployed for the next test classes");
        }
    }

    public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
        var event = context.getEvent();
        var container = event.getContainer();
        if (isSuiteEar(event.getDeployment()) && deployedOn.containsKey(container.getName())) {
            if (clockBackToRealTime()) {
                event.getDeployment().undeployed();
                return;
            }
            deployedOn.remove(container.getName());
        }
        context.proceed();
    }

    /**
     * Runs inside Arquillian's container context (a lower precedence than its context handler, which also
     * observes at the default): the WildFly deployer it undeploys with is container-scoped.
     */
    public void stop(@Observes(precedence = -100) EventContext<StopContainer> context) {
        undeploySuiteEar(context.getEvent().getContainer());
        context.proceed();
    }

    private static boolean isSuiteEar(Deployment deployment) {
        var description = deployment.getDescription();
        return description.managed() && description.isArchiveDeployment() && !description.testable()
                && RealEar.isTheArchive(description.getArchive());
    }

    private void undeploySuiteEar(Container<?> container) {
        if (deployedOn.remove(container.getName()) == null) {
            return;
        }
        Archive<?> ear = RealEar.archive();
        LOG.info(() -> "Undeploying the shared " + ear.getName() + " from " + container.getName());
        try {
            container.getDeployableContainer().undeploy(ear);
        } catch (Exception e) {
            throw new IllegalStateException("Could not undeploy " + ear.getName() + " from " + container.getName(), e);
        }
    }

    /**
     * Returns the application clock to real time if a test moved it, as a redeploy did.
     *
     * @return false when it could not be done (then the caller undeploys)
     */
    private boolean clockBackToRealTime() {
        try {
            var current = http.send(request().GET().build(), HttpResponse.BodyHandlers.ofString());
            if (current.statusCode() == 404) {
                return true; // not an adjustable server: nobody could move its clock
            }
            if (current.statusCode() != 200) {
                LOG.warning("Clock check answered " + current.statusCode() + ": the EAR is undeployed instead");
                return false;
            }
            if (atRealTime(current.body())) {
                return true;
            }
            var reset = http.send(request().header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"reset\":true}")).build(), HttpResponse.BodyHandlers.ofString());
            if (reset.statusCode() != 200 || !atRealTime(reset.body())) {
                LOG.warning("Clock reset answered " + reset.statusCode() + " " + reset.body() + ": the EAR is undeployed instead");
                return false;
            }
            LOG.info("The application clock was moved by this class; back to real time for the next");
            return true;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Clock reset failed: the EAR is undeployed instead", e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    private static boolean atRealTime(String clockJson) {
        return AT_REAL_TIME.matcher(clockJson).find();
    }

    private static HttpRequest.Builder request() {
        String basic = Base64.getEncoder().encodeToString(("admin:" + RealEar.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(CLOCK)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json");
    }
}
