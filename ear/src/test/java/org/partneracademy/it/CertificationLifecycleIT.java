package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.CertificationFixtures.assign;
import static org.partneracademy.it.support.CertificationFixtures.awaitStatus;
import static org.partneracademy.it.support.CertificationFixtures.completeCourse;
import static org.partneracademy.it.support.CertificationFixtures.create;
import static org.partneracademy.it.support.CertificationFixtures.definition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;

/**
 * A certification's whole life on the real EAR, moving the application clock over REST: certified from
 * a real completion, the window opens (learner and partner admin told), recertified in the window
 * through the recertification path; then expired, and lapsed after the grace, back on the original
 * path. Each timer must fire within 30 s of the clock move. One test method, because the clock only
 * moves forward and is shared by the deployment.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class CertificationLifecycleIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void certifiedWindowOpensRecertifiedExpiresAndLapses() {
        var original = Api.publishedCourse("Basics", "Practice");
        long originalCourse = ((Number) original.path("id")).longValue();
        var refresher = Api.publishedCourse("Refresher");
        long refresherCourse = ((Number) refresher.path("id")).longValue();
        var body = definition(originalCourse, "P1Y", 30, 30);
        List<Object> paths = new ArrayList<>((List<?>) body.get("paths"));
        paths.add(Map.of("kind", "RECERTIFICATION", "name", "Refresher", "requirements",
                List.of(Map.of("kind", "COURSE", "courseId", refresherCourse))));
        body.put("paths", paths);
        long definitionId = create(body);
        var team = EnrollmentFixtures.team(1);
        String learner = team.learners().get(0);
        long certificationId = assign("pa.contoso", definitionId, team.ids().get(learner));
        completeCourse(learner, originalCourse, Api.moduleIds(original));
        assertThat(awaitStatus(certificationId, "CERTIFIED")).isEqualTo("CERTIFIED");

        // The window opens 30 days before the expiry a year on.
        moveClock("P340D");
        assertThat(timed("window opens", () -> awaitStatus(certificationId, "WINDOW_OPEN"))).isEqualTo("WINDOW_OPEN");
        assertThat(EnrollmentFixtures.login(learner).get(V1 + "/notifications").then().statusCode(200).extract()
                .<List<String>>path("kind")).contains("CERTIFICATION_WINDOW_OPEN");
        var window = as("admin").get(V1 + "/certifications/" + certificationId).then().extract();
        assertThat(window.<List<String>>path("requirements.pathName")).containsExactly("Refresher");
        assertThat(window.<String>path("cycles[1].events[0].type")).isEqualTo("WINDOW_OPENED");
        assertThat(window.<String>path("cycles[1].events[0].cause")).isEqualTo("TIMER");

        // Recertified in the window through the recertification path: a new certificate, the old one superseded.
        completeCourse(learner, refresherCourse, Api.moduleIds(refresher));
        EnrollmentFixtures.await(Duration.ofSeconds(30), () -> as("admin").get(V1 + "/certifications/" + certificationId)
                .then().extract().<String>path("cycles[1].certificate.status") != null);
        var recertified = as("admin").get(V1 + "/certifications/" + certificationId).then().statusCode(200)
                .body("status", equalTo("CERTIFIED")).body("cycleNo", equalTo(2))
                .body("cycles[0].certificate.status", equalTo("SUPERSEDED"))
                .body("cycles[1].certificate.status", equalTo("VALID"))
                .body("cycles[1].certificate.pathName", equalTo("Refresher")).extract();
        assertThat(recertified.<List<String>>path("cycles[1].events.type")).contains("RECERTIFIED");
        Instant firstExpiry = Instant.parse(recertified.path("cycles[0].certificate.expiresAt"));
        Instant secondExpiry = Instant.parse(recertified.path("cycles[1].certificate.expiresAt"));
        assertThat(secondExpiry).isAfter(firstExpiry);

        // Nothing done in the next window: expired at expiry, lapsed when the grace ends.
        moveClock(Duration.between(Instant.parse(clockNow()), secondExpiry).plusHours(1).toString());
        assertThat(timed("expires", () -> awaitStatus(certificationId, "EXPIRED"))).isEqualTo("EXPIRED");
        as("admin").get(V1 + "/certifications/" + certificationId).then()
                .body("cycles[2].certificate.status", equalTo(null))
                .body("cycles[1].certificate.status", equalTo("EXPIRED"));
        moveClock("P31D");
        assertThat(timed("lapses", () -> awaitStatus(certificationId, "LAPSED"))).isEqualTo("LAPSED");
        var lapsed = as("admin").get(V1 + "/certifications/" + certificationId).then().extract();
        assertThat(lapsed.<List<String>>path("requirements.pathName")).containsExactly("Original");
        assertThat(lapsed.<List<Boolean>>path("requirements.met")).containsExactly(false);
        // The transcript keeps every cycle.
        EnrollmentFixtures.login(learner).get(V1 + "/me/certifications").then().statusCode(200)
                .body("[0].cycles.size()", equalTo(4));
    }

    @Test
    void theClockIsForTheVendorAdminOnly() {
        as("pa.contoso").body(Map.of("advanceBy", "P1D")).put(V1 + "/platform/clock").then().statusCode(403);
        as("admin").body(Map.of("advanceBy", "-P1D")).put(V1 + "/platform/clock").then().statusCode(422);
        as("admin").body(Map.of("advanceBy", "soon")).put(V1 + "/platform/clock").then().statusCode(400);
        as("pa.contoso").body(Map.of("reset", true)).put(V1 + "/platform/clock").then().statusCode(403);
        // Forward and back in one request is refused.
        as("admin").body(Map.of("advanceBy", "P1D", "reset", true)).put(V1 + "/platform/clock").then().statusCode(400);
    }

    /** How long a timer took to fire after the clock moved (printed for the README's measurements). */
    private static String timed(String what, Supplier<String> await) {
        long started = System.nanoTime();
        String status = await.get();
        System.out.printf("Certification timer: %s seen %d ms after the clock moved%n", what,
                (System.nanoTime() - started) / 1_000_000);
        return status;
    }

    private static void moveClock(String by) {
        as("admin").body(Map.of("advanceBy", by)).put(V1 + "/platform/clock").then().statusCode(200);
    }

    private static String clockNow() {
        return as("admin").get(V1 + "/platform/clock").then().statusCode(200).extract().path("now");
    }
}
