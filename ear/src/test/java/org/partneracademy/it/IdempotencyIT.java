package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.EnrollmentFixtures.login;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;

/**
 * The Idempotency-Key of POST /enrollments: a repeated request answers 200 with the enrollment the
 * first one made, also when ten of them arrive at once; the learner ends with one enrollment.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class IdempotencyIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void theSameKeyTwiceAnswersTheSameEnrollment() {
        String learner = EnrollmentFixtures.team(1).learners().get(0);
        long sessionId = EnrollmentFixtures.session(
                EnrollmentFixtures.publicOffering(EnrollmentFixtures.classroomCourse(), "900.00", false, 7), 10);
        String key = UUID.randomUUID().toString();

        long first = ((Number) post(learner, sessionId, key).then().statusCode(201).extract().path("id")).longValue();
        post(learner, sessionId, key).then().statusCode(200).body("id", equalTo((int) first))
                .body("seat.state", equalTo("SEATED"));
        // Another key for the same session is a second request, refused because the learner is enrolled.
        post(learner, sessionId, UUID.randomUUID().toString()).then().statusCode(409)
                .body("detail", containsString("already enrolled"));

        assertThat(enrollmentsOn(learner, sessionId)).containsExactly(first);
    }

    @Test
    void tenSimultaneousRequestsWithOneKeyMakeOneEnrollment() throws Exception {
        String learner = EnrollmentFixtures.team(1).learners().get(0);
        long sessionId = EnrollmentFixtures.session(
                EnrollmentFixtures.publicOffering(EnrollmentFixtures.classroomCourse(), "900.00", false, 7), 10);
        String key = UUID.randomUUID().toString();
        var start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(10);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return post(learner, sessionId, key);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<Integer> ids = new ArrayList<>();
            for (var answer : answers) {
                var response = answer.get();
                statuses.add(response.statusCode());
                ids.add(response.path("id"));
            }

            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 201).allMatch(s -> s == 200);
            assertThat(ids).doesNotContainNull().containsOnly(ids.get(0));
            assertThat(enrollmentsOn(learner, sessionId)).containsExactly(ids.get(0).longValue());
        } finally {
            threads.shutdownNow();
        }
    }

    private static Response post(String learner, long sessionId, String key) {
        return login(learner).header("Idempotency-Key", key).body(Map.of("sessionId", sessionId)).post(V1 + "/enrollments");
    }

    private static List<Long> enrollmentsOn(String learner, long sessionId) {
        List<Number> ids = login(learner).get(V1 + "/enrollments").then().statusCode(200).extract()
                .path("findAll { it.sessionId == " + sessionId + " }.id");
        return ids.stream().map(Number::longValue).toList();
    }
}
