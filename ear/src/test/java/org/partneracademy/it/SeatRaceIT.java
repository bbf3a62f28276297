package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.EnrollmentFixtures.login;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.EnrollmentFixtures;
import org.partneracademy.it.support.RealEar;

/**
 * The contested last seats: 200 learners enroll at the same moment, each from their own thread over
 * REST, into a session of 20 seats. Exactly 20 are seated and 180 waitlisted in a gapless first-come
 * order; nobody gets an error, nobody is lost or booked twice, and the session holds exactly 20 seats.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class SeatRaceIT {

    private static final int LEARNERS = 200;
    private static final int SEATS = 20;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void twoHundredLearnersRaceForTwentySeats() throws Exception {
        var team = EnrollmentFixtures.team(LEARNERS);
        long sessionId = EnrollmentFixtures.session(
                EnrollmentFixtures.publicOffering(EnrollmentFixtures.classroomCourse(), "900.00", false, 7), SEATS);
        var start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(LEARNERS);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (String learner : team.learners()) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return login(learner).body(Map.of("sessionId", sessionId)).post(V1 + "/enrollments");
                }));
            }
            start.countDown();
            List<String> errors = new ArrayList<>();
            List<String> seatStates = new ArrayList<>();
            for (var answer : answers) {
                var response = answer.get();
                if (response.statusCode() != 201) {
                    errors.add(response.statusCode() + " " + response.asString());
                } else {
                    seatStates.add(response.path("seat.state"));
                }
            }

            assertThat(errors).isEmpty();
            assertThat(seatStates).filteredOn("SEATED"::equals).hasSize(SEATS);
            assertThat(seatStates).filteredOn("WAITLISTED"::equals).hasSize(LEARNERS - SEATS);
        } finally {
            threads.shutdownNow();
        }

        List<String> roster = as("admin").get(V1 + "/sessions/" + sessionId + "/roster").then().statusCode(200)
                .extract().path("findAll { it.state == 'SEATED' }.username");
        List<String> waitlist = as("admin").get(V1 + "/sessions/" + sessionId + "/waitlist").then().statusCode(200)
                .extract().path("username");
        List<Integer> positions = as("admin").get(V1 + "/sessions/" + sessionId + "/waitlist").then()
                .extract().path("position");
        assertThat(roster).hasSize(SEATS).doesNotHaveDuplicates();
        assertThat(waitlist).hasSize(LEARNERS - SEATS).doesNotHaveDuplicates().doesNotContainAnyElementsOf(roster);
        var everyone = new HashSet<>(roster);
        everyone.addAll(waitlist);
        assertThat(everyone).containsExactlyInAnyOrderElementsOf(team.learners());
        assertThat(positions).containsExactlyElementsOf(IntStream.rangeClosed(1, LEARNERS - SEATS).boxed().toList());
        as("admin").get(V1 + "/sessions/" + sessionId).then().statusCode(200)
                .body("seatsHeld", equalTo(SEATS)).body("seatsLeft", equalTo(0));

        // Each learner has exactly one enrollment on the session, and only the seated have a registration.
        for (String learner : List.of(roster.get(0), roster.get(SEATS - 1), waitlist.get(0), waitlist.get(waitlist.size() - 1))) {
            List<Number> ids = login(learner).get(V1 + "/enrollments").then().statusCode(200).extract()
                    .path("findAll { it.sessionId == " + sessionId + " }.id");
            assertThat(ids).hasSize(1);
            login(learner).get(V1 + "/enrollments/" + ids.get(0) + "/registration").then()
                    .statusCode(roster.contains(learner) ? 200 : 404);
        }
    }
}
