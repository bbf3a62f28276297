package org.partneracademy.it.support;

import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Certified people made the way the academy makes them: a certification definition whose original path
 * asks for one published course, assigned to a learner who then completes the course; the lifecycle
 * issues the certificate. No row is written behind the application's back.
 */
public final class CertifiedPeople {

    private CertifiedPeople() {
    }

    /** A definition and the course its original path requires. */
    public record Definition(long id, String name, long courseId, List<Long> moduleIds) {
    }

    /** A learner's certification once certified, with its current certificate. */
    public record Certified(long certificationId, long learnerId, long certificateId, String verificationCode) {
    }

    /**
     * An ACTIVE definition for sales reps: validity as given (ISO period), the window opening
     * {@code windowDays} before expiry, no grace.
     */
    public static Definition definition(String validity, int windowDays) {
        var course = Api.publishedCourse("Certification module");
        long courseId = ((Number) course.path("id")).longValue();
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var definition = new HashMap<String, Object>();
        definition.put("code", "IT-CERT-" + tag);
        definition.put("name", "IT Certification " + tag);
        definition.put("description", "Created by an integration test");
        definition.put("level", 1);
        definition.put("levelName", "Associate");
        definition.put("positions", List.of("SALES_REP"));
        definition.put("validity", validity);
        definition.put("expiryMode", "FROM_COMPLETION");
        definition.put("windowDays", windowDays);
        definition.put("graceDays", 0);
        definition.put("status", "ACTIVE");
        definition.put("paths", List.of(Map.of("kind", "ORIGINAL", "name", "Original",
                "requirements", List.of(Map.of("kind", "COURSE", "courseId", courseId)))));
        long id = ((Number) as("admin").body(definition).post(V1 + "/certification-definitions")
                .then().statusCode(201).extract().path("id")).longValue();
        return new Definition(id, (String) definition.get("name"), courseId, Api.moduleIds(course));
    }

    /** A Contoso learner imported by {@link EnrollmentFixtures#team}, assigned by pa.contoso. */
    public static Certified certify(Definition definition, String learner, long learnerId) {
        return certify(definition, "pa.contoso", () -> EnrollmentFixtures.login(learner), learnerId);
    }

    /**
     * Assigns the definition to a learner (by {@code assigner}), lets the learner complete the course, and
     * waits until the lifecycle has certified them.
     */
    public static Certified certify(Definition definition, String assigner, Supplier<RequestSpecification> learner,
            long learnerId) {
        as(assigner).body(Map.of("definitionId", definition.id(), "learnerIds", List.of(learnerId)))
                .post(V1 + "/certifications").then().statusCode(201);
        long enrollment = ((Number) learner.get().body(Map.of("courseId", definition.courseId()))
                .post(V1 + "/enrollments").then().statusCode(201).extract().path("id")).longValue();
        for (long module : definition.moduleIds()) {
            learner.get().put(V1 + "/enrollments/" + enrollment + "/modules/" + module + "/completion")
                    .then().statusCode(200);
        }
        var certified = new Certified[1];
        boolean done = EnrollmentFixtures.await(Duration.ofSeconds(30), () -> {
            var list = as("admin").queryParam("definitionId", definition.id()).queryParam("learnerId", learnerId)
                    .get(V1 + "/certifications").then().statusCode(200).extract();
            if (!"CERTIFIED".equals(list.path("[0].status"))) {
                return false;
            }
            List<Map<String, Object>> cycles = list.path("[0].cycles");
            @SuppressWarnings("unchecked")
            var certificate = (Map<String, Object>) cycles.get(cycles.size() - 1).get("certificate");
            certified[0] = new Certified(((Number) list.path("[0].id")).longValue(), learnerId,
                    ((Number) certificate.get("id")).longValue(), (String) certificate.get("verificationCode"));
            return true;
        });
        if (!done) {
            throw new AssertionError(learner + " was not certified for " + definition.name() + " within 30 s");
        }
        return certified[0];
    }

    /** Moves the test server's clock forward; it goes back to real time after the test class (SuiteDeployment). */
    public static void advanceClock(String period) {
        as("admin").body(Map.of("advanceBy", period)).put(V1 + "/platform/clock").then().statusCode(200);
    }
}
