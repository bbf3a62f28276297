package org.partneracademy.it;

import static org.hamcrest.Matchers.equalTo;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.Sessions.CONTOSO;
import static org.partneracademy.it.support.Sessions.CONTOSO_TRAINER;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.Sessions;

/**
 * An authorisation's timers on the real EAR, moving the application clock over REST: with no deliveries,
 * the renewal check 60 days before the expiry asks for a re-authorisation, then the authorisation expires
 * and the trainer can no longer lead. A class of its own, because the clock only moves forward.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class TrainerAuthorisationExpiryIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void withoutGoodDeliveriesAReauthorisationIsAskedForAndTheAuthorisationExpires() throws InterruptedException {
        var course = Sessions.publishedIltCourseWithoutAuthorisations();
        long id = Sessions.authorise(CONTOSO_TRAINER, course.id());
        String url = V1 + "/trainer-authorisations/" + id;
        Instant expiresAt = Instant.parse(as("admin").get(url).then().statusCode(200).extract().path("expiresAt"));

        // 59 days before the expiry: past the renewal check, not expired
        moveClock(Duration.between(clockNow(), expiresAt).minusDays(59));
        await(url, "REAUTHORISATION_OPENED");
        as("admin").get(url).then().body("status", equalTo("ACTIVE")).body("mayLead", equalTo(true));

        moveClock(Duration.ofDays(60));
        await(url, "EXPIRED");
        as("admin").get(url).then().body("status", equalTo("EXPIRED")).body("mayLead", equalTo(false))
                .body("events.event", equalTo(List.of("GRANTED", "REAUTHORISATION_OPENED", "EXPIRED")))
                .body("events.actor", equalTo(List.of("admin", "system", "system")));

        var body = Sessions.body(course.publicOffering());
        body.put("deliveringPartnerId", CONTOSO);
        body.put("instructorIds", List.of(CONTOSO_TRAINER));
        as("admin").body(body).post(V1 + "/sessions").then().statusCode(400)
                .body("errors.field", equalTo(List.of("instructorIds[0]")));
        // an expired authorisation cannot be suspended or reinstated
        as("leader").body(Map.of("reason", "late")).post(url + "/suspension").then().statusCode(422);
    }

    /** Waits up to 30 s for the job executor to record the event. */
    private static void await(String url, String event) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            List<String> events = as("admin").get(url).then().statusCode(200).extract().path("events.event");
            if (events.contains(event)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(event + " not recorded within 30 s");
    }

    private static void moveClock(Duration by) {
        as("admin").body(Map.of("advanceBy", by.toString())).put(V1 + "/platform/clock").then().statusCode(200);
    }

    private static Instant clockNow() {
        return Instant.parse(as("admin").get(V1 + "/platform/clock").then().statusCode(200).extract().path("now"));
    }
}
