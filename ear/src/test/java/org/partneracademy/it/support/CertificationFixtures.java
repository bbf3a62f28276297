package org.partneracademy.it.support;

import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the certification tests set up over REST: definitions around a course, assignments, waiting for a status. */
public final class CertificationFixtures {

    private CertificationFixtures() {
    }

    /** A definition body: one ORIGINAL path requiring {@code courseId}, validity and window/grace as given. */
    public static Map<String, Object> definition(long courseId, String validity, int windowDays, int graceDays) {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = new HashMap<>();
        body.put("code", "CERT-" + tag);
        body.put("name", "Certified tester " + tag);
        body.put("description", "Created by a certification test");
        body.put("level", 1);
        body.put("levelName", "Associate");
        body.put("positions", List.of("SALES_REP"));
        body.put("validity", validity);
        body.put("expiryMode", "FROM_COMPLETION");
        body.put("windowDays", windowDays);
        body.put("graceDays", graceDays);
        body.put("status", "ACTIVE");
        body.put("paths", new ArrayList<>(List.of(Map.of("kind", "ORIGINAL", "name", "Original", "requirements",
                List.of(Map.of("kind", "COURSE", "courseId", courseId))))));
        return body;
    }

    public static long create(Map<String, Object> definition) {
        return ((Number) as("admin").body(definition).post(V1 + "/certification-definitions")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    public static long assign(String assigner, long definitionId, long learnerId) {
        List<Number> ids = as(assigner).body(Map.of("definitionId", definitionId, "learnerIds", List.of(learnerId)))
                .post(V1 + "/certifications").then().statusCode(201).extract().path("id");
        return ids.get(0).longValue();
    }

    public static String status(long certificationId) {
        return as("admin").get(V1 + "/certifications/" + certificationId).then().statusCode(200).extract().path("status");
    }

    /** Waits (up to 30 s: the job executor works asynchronously) for the status; returns the last one seen. */
    public static String awaitStatus(long certificationId, String expected) {
        String[] last = {null};
        EnrollmentFixtures.await(Duration.ofSeconds(30), () -> expected.equals(last[0] = status(certificationId)));
        return last[0];
    }

    /** Completes every module of a self-paced course as the learner, via the enrollment API; returns the enrollment id. */
    public static long completeCourse(String learner, long courseId, List<Long> moduleIds) {
        long enrollmentId = ((Number) EnrollmentFixtures.login(learner).body(Map.of("courseId", courseId))
                .post(V1 + "/enrollments").then().statusCode(201).extract().path("id")).longValue();
        for (long moduleId : moduleIds) {
            EnrollmentFixtures.login(learner).put(V1 + "/enrollments/" + enrollmentId + "/modules/" + moduleId + "/completion")
                    .then().statusCode(200);
        }
        return enrollmentId;
    }
}
