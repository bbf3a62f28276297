package org.partneracademy.it.support;

import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The test server's application clock ({@code PUT /api/v1/platform/clock}): tests move it forward to
 * watch deadlines pass instead of waiting for them. It stays moved for the rest of the test class;
 * {@link SuiteDeployment} returns it to real time after the class (as a redeploy used to), and
 * {@link #reset()} does so at once.
 */
public final class TestClock {

    private TestClock() {
    }

    /** The time the application sees now. */
    public static Instant now() {
        return Instant.parse(as("admin").get(V1 + "/platform/clock").then().statusCode(200).extract().path("now"));
    }

    /** Moves the clock forward by an ISO-8601 period (P1D) or duration (PT1H); due timers fire within seconds. */
    public static Instant advance(String by) {
        return Instant.parse(as("admin").body(Map.of("advanceBy", by)).put(V1 + "/platform/clock")
                .then().statusCode(200).extract().path("now"));
    }

    /** Moves the clock forward by {@code by}. */
    public static Instant advance(Duration by) {
        return advance(by.toString());
    }

    /** Back to real time. */
    public static void reset() {
        as("admin").body(Map.of("reset", true)).put(V1 + "/platform/clock").then().statusCode(200);
    }
}
