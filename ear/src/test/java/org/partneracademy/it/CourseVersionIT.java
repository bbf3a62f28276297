package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.RealEar;

/**
 * Course metadata and versions over REST on the real EAR: track and audiences, editing drafts only,
 * drafting a new version from the published one, publishing it (the old one retires, enrollments stay),
 * and the races: two drafts or two publications at once, one wins.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class CourseVersionIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aCourseCarriesTrackAudiencesAndDurationAndADraftCanBeEdited() {
        String code = "META-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long id = ((Number) as("admin").body(Map.of("code", code, "title", "Metadata " + code, "format", "BLENDED",
                        "language", "de", "listPrice", "10.00", "currency", "EUR", "track", "SALES",
                        "audiencePositions", List.of("SALES_REP", "MANAGER"), "audienceBrands", List.of("CORE"),
                        "modules", List.of(Map.of("title", "A", "durationMinutes", 20), Map.of("title", "B", "durationMinutes", 25))))
                .post(V1 + "/courses").then().statusCode(201)
                .body("track", equalTo("SALES"))
                .body("audiencePositions", equalTo(List.of("SALES_REP", "MANAGER")))
                .body("audienceBrands", equalTo(List.of("CORE")))
                .body("durationMinutes", equalTo(45))
                .body("offerings.kind", equalTo(List.of("PUBLIC")))
                .body("version", equalTo("1.0"))
                .extract().path("id")).longValue();

        as("admin").body(details("Edited " + code, "TECHNICAL", List.of("PRE_SALES_ENGINEER"), List.of(), 3))
                .put(V1 + "/courses/" + id).then().statusCode(200)
                .body("title", equalTo("Edited " + code))
                .body("track", equalTo("TECHNICAL"))
                .body("audiencePositions", equalTo(List.of("PRE_SALES_ENGINEER")))
                .body("audienceBrands", equalTo(List.of()))
                .body("modules.title", equalTo(List.of("Module 1", "Module 2", "Module 3")))
                .body("durationMinutes", equalTo(30));
    }

    @Test
    void badMetadataIsRefusedAndChangesNothing() {
        long id = ((Number) Api.draftCourse("Only").path("id")).longValue();
        String title = as("admin").get(V1 + "/courses/" + id).then().extract().path("title");

        // Bad input: a brand code that does not exist.
        as("admin").body(details("Renamed", "SALES", List.of(), List.of("NO-SUCH-BRAND"), 1)).put(V1 + "/courses/" + id)
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("NO-SUCH-BRAND"));
        // Bad inputs: no track, an unknown position, no modules, a blank title.
        as("admin").body(Map.of("title", "", "format", "SELF_PACED", "language", "en", "audiencePositions", List.of("ASTRONAUT"),
                        "modules", List.of())).put(V1 + "/courses/" + id)
                .then().statusCode(400).contentType(PROBLEM);
        as("admin").body(Map.of("title", "", "format", "SELF_PACED", "language", "en", "modules", List.of()))
                .put(V1 + "/courses/" + id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.hasItems("title", "track", "modules"));

        as("admin").get(V1 + "/courses/" + id).then().body("title", equalTo(title)).body("track", equalTo("TECHNICAL"));
        as("admin").body(details("x", "SALES", List.of(), List.of(), 1)).put(V1 + "/courses/999999999")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aNewVersionIsDraftedFromThePublishedOneAndPublishingItRetiresTheOld() {
        var v1 = Api.publishedCourse("Intro", "Deep dive");
        long v1Id = ((Number) v1.path("id")).longValue();
        String code = v1.path("code");
        long enrollment = Api.enroll("bob", v1Id);

        // Bad input: editing a published version.
        as("admin").body(details("Changed", "SALES", List.of(), List.of(), 1)).put(V1 + "/courses/" + v1Id)
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("only a draft can be edited"));
        // Bad inputs: a version not higher than the published 1.0 (1.0 itself, 0.9), a negative number.
        as("admin").body(Map.of("versionMajor", 1, "versionMinor", 0)).post(V1 + "/courses/" + v1Id + "/versions")
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("must be higher than the published 1.0"));
        as("admin").body(Map.of("versionMajor", 0, "versionMinor", 9)).post(V1 + "/courses/" + v1Id + "/versions")
                .then().statusCode(422).contentType(PROBLEM);
        as("admin").body(Map.of("versionMajor", -1, "versionMinor", 0)).post(V1 + "/courses/" + v1Id + "/versions")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("versionMajor"));

        var v2 = as("admin").body(Map.of("versionMajor", 2, "versionMinor", 0)).post(V1 + "/courses/" + v1Id + "/versions")
                .then().statusCode(201).header("Location", notNullValue())
                .body("code", equalTo(code)).body("version", equalTo("2.0")).body("status", equalTo("DRAFT"))
                .body("modules.title", equalTo(List.of("Intro", "Deep dive")))
                .body("offerings.kind", equalTo(List.of("PUBLIC")))
                .extract();
        long v2Id = ((Number) v2.path("id")).longValue();
        assertThat(v2Id).isNotEqualTo(v1Id);

        // Only one draft at a time: a second one (another number, too) is a conflict.
        as("admin").body(Map.of("versionMajor", 3, "versionMinor", 0)).post(V1 + "/courses/" + v1Id + "/versions")
                .then().statusCode(409).contentType(PROBLEM);
        // A draft is not the base of a new version.
        as("admin").body(Map.of("versionMajor", 4, "versionMinor", 0)).post(V1 + "/courses/" + v2Id + "/versions")
                .then().statusCode(422).contentType(PROBLEM);
        // Learners see neither the draft nor a second entry in the catalog.
        as("alice").get(V1 + "/courses/" + v2Id).then().statusCode(404);

        as("admin").body(details("Version two", "TECHNICAL", List.of(), List.of(), 2)).put(V1 + "/courses/" + v2Id)
                .then().statusCode(200).body("title", equalTo("Version two"));
        as("admin").post(V1 + "/courses/" + v2Id + "/publication").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        as("admin").get(V1 + "/courses/" + v1Id).then().statusCode(200)
                .body("status", equalTo("RETIRED")).body("retiredAt", notNullValue());
        as("alice").get(V1 + "/courses").then().statusCode(200)
                .body("id", hasItem((int) v2Id)).body("id", not(hasItem((int) v1Id)));
        // The retired version takes no new enrollments; bob's stays on 1.0.
        as("alice").body(Map.of("courseId", v1Id)).post(V1 + "/enrollments").then().statusCode(404);
        as("bob").get(V1 + "/enrollments/" + enrollment).then().statusCode(200)
                .body("courseId", equalTo((int) v1Id));
        // A retired version is still readable by id, but cannot be edited or republished.
        as("bob").get(V1 + "/courses/" + v1Id).then().statusCode(200).body("version", equalTo("1.0"));
        as("admin").post(V1 + "/courses/" + v1Id + "/publication").then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void twoSimultaneousDraftsOfOneCourseLeaveOneDraft() throws Exception {
        long v1Id = ((Number) Api.publishedCourse("Only").path("id")).longValue();

        var statuses = race(List.of(
                () -> as("admin").body(Map.of("versionMajor", 1, "versionMinor", 1)).post(V1 + "/courses/" + v1Id + "/versions").statusCode(),
                () -> as("admin").body(Map.of("versionMajor", 2, "versionMinor", 0)).post(V1 + "/courses/" + v1Id + "/versions").statusCode()));

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        List<String> statusesOfVersions = as("admin").get(V1 + "/courses/" + v1Id + "/versions").then().statusCode(200)
                .extract().path("status");
        assertThat(statusesOfVersions).containsExactlyInAnyOrder("PUBLISHED", "DRAFT");
    }

    @Test
    void twoSimultaneousPublicationsOfOneDraftPublishItOnce() throws Exception {
        long v1Id = ((Number) Api.publishedCourse("Only").path("id")).longValue();
        long v2Id = ((Number) as("admin").body(Map.of("versionMajor", 2, "versionMinor", 0))
                .post(V1 + "/courses/" + v1Id + "/versions").then().statusCode(201).extract().path("id")).longValue();

        var statuses = race(List.of(
                () -> as("admin").post(V1 + "/courses/" + v2Id + "/publication").statusCode(),
                () -> as("admin").post(V1 + "/courses/" + v2Id + "/publication").statusCode()));

        // The loser either lost the race for the row (409) or came after the winner committed (200, no change).
        assertThat(statuses).contains(200).allMatch(status -> status == 200 || status == 409);
        as("admin").get(V1 + "/courses/" + v2Id).then().body("status", equalTo("PUBLISHED"));
        as("admin").get(V1 + "/courses/" + v1Id).then().body("status", equalTo("RETIRED"));
    }

    static Map<String, Object> details(String title, String track, List<String> positions, List<String> brands, int modules) {
        var moduleList = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= modules; i++) {
            moduleList.add(Map.of("title", "Module " + i, "durationMinutes", 10));
        }
        return Map.of("title", title, "description", "Edited by a test", "format", "SELF_PACED", "language", "en",
                "track", track, "audiencePositions", positions, "audienceBrands", brands, "modules", moduleList);
    }

    /** Runs the calls at the same instant and returns their HTTP statuses. */
    static List<Integer> race(List<Callable<Integer>> calls) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(calls.size());
        try {
            var futures = calls.stream().map(call -> pool.submit(() -> {
                start.await();
                return call.call();
            })).toList();
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
