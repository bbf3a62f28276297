package org.partneracademy.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.InsightFixtures;
import org.partneracademy.it.support.Network;
import org.partneracademy.it.support.RealEar;

/**
 * Pre-assessments against the real EAR: a learner takes a path's pre-assessment through the attempt
 * API, masters one topic and not the other, and exactly the modules of the mastered topic are tested
 * out; the path's progress and page say so; retaking it duplicates nothing; nobody else sees it.
 *
 * Pre-assessments are authored over REST (kind PRE_ASSESSMENT with the path and mastery percent), and bad
 * authoring input is refused field by field.
 *
 * <p>The path: course NET (two Networking modules) and course MIX (a Networking and a Storage module),
 * both required. The pre-assessment asks two Networking and two Storage questions; mastery is 75 %.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class PreAssessmentIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    private record Fixture(long pathId, long net, long mix, List<Long> netModules, List<Long> mixModules,
            InsightFixtures.Exam exam, String learner, String other) {
    }

    private static Fixture fixture() {
        long location = InsightFixtures.newLocation();
        String learner = InsightFixtures.newLearner(location);
        String other = InsightFixtures.newLearner(location);
        var net = course(module("Subnets", "Networking"), module("Routing", "networking "));
        var mix = course(module("Firewalls", "Networking"), module("Volumes", "Storage"));
        long netId = net.id();
        long mixId = mix.id();
        var path = new HashMap<String, Object>();
        path.put("name", "IT pretest path " + Network.suffix());
        path.put("description", "Created by PreAssessmentIT");
        path.put("position", "SERVICE_TECHNICIAN");
        path.put("groups", List.of(Map.of("kind", "REQUIRED", "courseIds", List.of(netId, mixId))));
        path.put("prerequisitePathIds", List.of());
        long pathId = ((Number) as("admin").body(path).post(V1 + "/paths").then().statusCode(201).extract().path("id"))
                .longValue();
        as("admin").body(Map.of("name", "IT pretest rule " + UUID.randomUUID(), "combinator", "ALL",
                        "conditions", List.of(Map.of("kind", "LOCATION", "value", String.valueOf(location))),
                        "pathIds", List.of(pathId)))
                .post(V1 + "/rules").then().statusCode(201);
        var exam = InsightFixtures.exam("PRE_ASSESSMENT", pathId, 75,
                List.of("Networking", "Networking", "Storage", "Storage"));
        return new Fixture(pathId, netId, mixId, net.moduleIds(), mix.moduleIds(), exam, learner, other);
    }

    /** The fixture's pre-assessment was authored over REST: it reads back with its path and mastery. */
    @Test
    void aPreAssessmentAuthoredOverRestIsOfferedOnItsPath() {
        var f = fixture();
        as("admin").get(V1 + "/exams/" + f.exam().id()).then().statusCode(200)
                .body("exam.kind", equalTo("PRE_ASSESSMENT"))
                .body("exam.pathId", equalTo((int) f.pathId()))
                .body("exam.masteryPercent", equalTo(75))
                .body("exam.status", equalTo("PUBLISHED"))
                .body("questions.size()", equalTo(4));
        Network.asNew(f.learner()).get(V1 + "/me/paths").then().statusCode(200)
                .body(pathQuery(f) + ".preAssessment.examId", equalTo((int) f.exam().id()))
                .body(pathQuery(f) + ".preAssessment.masteryPercent", equalTo(75));
        // The exam page shows the path and mastery fields.
        given().auth().preemptive().basic("admin", RealEar.DEMO_PASSWORD).redirects().follow(false).accept("text/html")
                .get(RealEar.BASE_URL + "/admin/exam.xhtml?id=" + f.exam().id()).then().statusCode(200)
                .body(containsString("Learning path (pre-assessments only)"))
                .body(containsString("Mastery per topic %"));
        // A pre-assessment is offered on its path, not in the learner's list of exams.
        Network.asNew(f.learner()).get(V1 + "/me/exams").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) f.exam().id())));
    }

    /**
     * Bad authoring input is a 400 naming the field, and no exam is created or changed: a pre-assessment
     * without a path or with an unknown one, a mastery of 0 or 101 %, a path or a mastery on a plain exam.
     */
    @Test
    void badPreAssessmentSettingsAreFieldErrorsAndCreateNothing() {
        long pathId = fixture().pathId();
        int before = as("admin").get(V1 + "/exams").then().statusCode(200).extract().path("size()");
        String code = "IT-BAD-" + Network.suffix();

        rejected(InsightFixtures.examBody(code, "PRE_ASSESSMENT", null, 80), "pathId");
        rejected(InsightFixtures.examBody(code, "PRE_ASSESSMENT", Long.MAX_VALUE, 80), "pathId");
        rejected(InsightFixtures.examBody(code, "PRE_ASSESSMENT", pathId, 0), "masteryPercent");
        rejected(InsightFixtures.examBody(code, "PRE_ASSESSMENT", pathId, 101), "masteryPercent");
        rejected(InsightFixtures.examBody(code, "EXAM", pathId, null), "pathId");
        rejected(InsightFixtures.examBody(code, "EXAM", null, 80), "masteryPercent");

        as("admin").get(V1 + "/exams").then().statusCode(200).body("size()", equalTo(before))
                .body("code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(code)));

        // Changing a draft plain exam into one with a path is refused the same way and leaves it as it was.
        long exam = ((Number) as("admin").body(InsightFixtures.examBody(code, "EXAM", null, null)).post(V1 + "/exams")
                .then().statusCode(201).body("pathId", equalTo(null)).extract().path("id")).longValue();
        as("admin").body(InsightFixtures.examBody(code, "EXAM", pathId, 80)).put(V1 + "/exams/" + exam)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.hasItems("pathId", "masteryPercent"));
        as("admin").body(InsightFixtures.examBody(code, "PRE_ASSESSMENT", null, null)).put(V1 + "/exams/" + exam)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", org.hamcrest.Matchers.hasItem("pathId"));
        as("admin").get(V1 + "/exams/" + exam).then().statusCode(200)
                .body("exam.kind", equalTo("EXAM")).body("exam.pathId", equalTo(null))
                .body("exam.masteryPercent", equalTo(null));
        // The same draft becomes a pre-assessment once it names the path.
        as("admin").body(InsightFixtures.examBody(code, "PRE_ASSESSMENT", pathId, 60)).put(V1 + "/exams/" + exam)
                .then().statusCode(200).body("kind", equalTo("PRE_ASSESSMENT"))
                .body("pathId", equalTo((int) pathId)).body("masteryPercent", equalTo(60));
    }

    private static void rejected(Map<String, Object> body, String field) {
        as("admin").body(body).post(V1 + "/exams").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.hasItem(containsString(field)));
    }

    @Test
    void masteringOneTopicTestsOutExactlyItsModulesAndThePathSaysWhy() {
        var f = fixture();
        // Before: the path offers the pre-assessment, nothing is skipped.
        Network.asNew(f.learner()).get(V1 + "/me/paths").then().statusCode(200)
                .body(pathQuery(f) + ".preAssessment.examId", equalTo((int) f.exam().id()))
                .body(pathQuery(f) + ".preAssessment.lastAttemptId", equalTo(null))
                .body(pathQuery(f) + ".preAssessment.skipped.size()", equalTo(0))
                .body(pathQuery(f) + ".stepsDone", equalTo(0));
        page(f.learner()).then().statusCode(200).body(containsString("Take the pre-assessment"))
                .body(containsString("/learning/exam.xhtml?exam=" + f.exam().id()));

        // Networking 2/2 (100 %), Storage 1/2 (50 %, below the 75 % mastery).
        long attempt = InsightFixtures.takeExam(f.learner(), f.exam(), true, true, true, false);

        assertThat(testedOutModules(f.learner())).containsExactlyInAnyOrder(
                f.netModules().get(0), f.netModules().get(1), f.mixModules().get(0));
        var path = Network.asNew(f.learner()).get(V1 + "/me/paths").then().statusCode(200)
                .body(pathQuery(f) + ".preAssessment.lastAttemptId", equalTo((int) attempt))
                .body(pathQuery(f) + ".preAssessment.topics.topic", equalTo(List.of("Networking", "Storage")))
                .body(pathQuery(f) + ".preAssessment.topics.mastered", equalTo(List.of(true, false)))
                .body(pathQuery(f) + ".preAssessment.topics.scorePercent", equalTo(List.of(100.0f, 50.0f)))
                .body(pathQuery(f) + ".preAssessment.skipped.moduleTitle",
                        equalTo(List.of("Subnets", "Routing", "Firewalls")))
                .body(pathQuery(f) + ".preAssessment.skipped.masteryPercent", equalTo(List.of(75, 75, 75)))
                // NET is done by the test-out; MIX still has its Storage module to learn.
                .body(pathQuery(f) + ".stepsDone", equalTo(1))
                .body(pathQuery(f) + ".groups[0].steps.status", equalTo(List.of("DONE_BY_TEST_OUT", "OPEN")))
                .body(pathQuery(f) + ".next.course.id", equalTo((int) f.mix()))
                .extract();
        assertThat(path.<Boolean>path(pathQuery(f) + ".complete")).isFalse();
        page(f.learner()).then().statusCode(200)
                .body(containsString("Done by pre-assessment"))
                .body(containsString("Subnets"))
                .body(containsString("you scored 100 % on Networking, mastery is 75 %"))
                .body(containsString("Not mastered: learn it"))
                .body(containsString("Pre-assessment result: IT exam"));

        // Learning the Storage module completes MIX: its Networking module counts as done.
        long enrollment = ((Number) Network.asNew(f.learner()).body(Map.of("courseId", f.mix())).post(V1 + "/enrollments")
                .then().statusCode(201).extract().path("id")).longValue();
        Network.asNew(f.learner()).put(V1 + "/enrollments/" + enrollment + "/modules/" + f.mixModules().get(1) + "/completion")
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        Network.asNew(f.learner()).get(V1 + "/me/paths").then().statusCode(200)
                .body(pathQuery(f) + ".complete", equalTo(true))
                .body(pathQuery(f) + ".groups[0].steps.status", equalTo(List.of("DONE_BY_TEST_OUT", "DONE")));
    }

    @Test
    void retakingThePreAssessmentDuplicatesNothingAndWithdrawsNothing() {
        var f = fixture();
        InsightFixtures.takeExam(f.learner(), f.exam(), true, true, false, false);
        assertThat(testedOutModules(f.learner())).hasSize(3);
        Number firstAttempt = InsightFixtures.single("""
                SELECT MIN(t.attempt_id) FROM module_test_out t JOIN person p ON p.id = t.learner_id WHERE p.username = ?""",
                f.learner());

        // The same result again, then a worse one: still the same three modules, with the first evidence.
        InsightFixtures.takeExam(f.learner(), f.exam(), true, true, false, false);
        InsightFixtures.takeExam(f.learner(), f.exam(), false, false, false, false);

        assertThat(testedOutModules(f.learner())).hasSize(3);
        assertThat(InsightFixtures.single("""
                SELECT COUNT(DISTINCT t.attempt_id) FROM module_test_out t JOIN person p ON p.id = t.learner_id
                WHERE p.username = ?""", f.learner()).intValue()).isEqualTo(1);
        assertThat(InsightFixtures.single("""
                SELECT MAX(t.attempt_id) FROM module_test_out t JOIN person p ON p.id = t.learner_id WHERE p.username = ?""",
                f.learner())).isEqualTo(firstAttempt);
        // The path shows the latest attempt's scores, and still the three skipped modules.
        Network.asNew(f.learner()).get(V1 + "/me/paths").then().statusCode(200)
                .body(pathQuery(f) + ".preAssessment.topics.mastered", equalTo(List.of(false, false)))
                .body(pathQuery(f) + ".preAssessment.skipped.size()", equalTo(3));
    }

    @Test
    void anotherLearnersTestOutsAreNotVisible() {
        var f = fixture();
        InsightFixtures.takeExam(f.learner(), f.exam(), true, true, true, true);
        long learnerId = Network.personId("admin", f.learner());

        // The other learner on the same path: offered the pre-assessment, nothing skipped, nothing done.
        Network.asNew(f.other()).get(V1 + "/me/paths").then().statusCode(200)
                .body(pathQuery(f) + ".preAssessment.lastAttemptId", equalTo(null))
                .body(pathQuery(f) + ".preAssessment.skipped.size()", equalTo(0))
                .body(pathQuery(f) + ".stepsDone", equalTo(0));
        assertThat(testedOutModules(f.other())).isEmpty();
        // A learner cannot ask for someone else's paths; another partner's admin is told it does not exist.
        Network.asNew(f.other()).get(V1 + "/people/" + learnerId + "/paths").then().statusCode(403).contentType(PROBLEM);
        as("pa.fabrikam").get(V1 + "/people/" + learnerId + "/paths").then().statusCode(404).contentType(PROBLEM);
        // The vendor admin sees them (support).
        as("admin").get(V1 + "/people/" + learnerId + "/paths").then().statusCode(200)
                .body(pathQuery(f) + ".preAssessment.skipped.size()", equalTo(4));
    }

    @Test
    void aModuleTopicIsAuthoredOnTheCourseAndReadBack() {
        var course = course(module("Subnets", "  Networking  "), module("Intro", ""));
        as("admin").get(V1 + "/courses/" + course.id()).then().statusCode(200)
                .body("modules.topic", equalTo(java.util.Arrays.asList("Networking", null)));
        var tooLong = new HashMap<String, Object>(draftBody(module("Long", "x".repeat(101))));
        as("admin").body(tooLong).post(V1 + "/courses").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.hasItem(containsString("topic")));
    }

    /** The README's demo: tara's service technician track offers its pre-assessment. */
    @Test
    void theDemoServiceTrackOffersItsPreAssessment() {
        as("tara").get(V1 + "/me/paths").then().statusCode(200)
                .body("find { it.name == 'Service technician track' }.preAssessment.examTitle",
                        equalTo("Service technician pre-assessment"))
                .body("find { it.name == 'Service technician track' }.preAssessment.masteryPercent", equalTo(80));
    }

    private static String pathQuery(Fixture f) {
        return "find { it.id == " + f.pathId() + " }";
    }

    private static List<Long> testedOutModules(String username) {
        return InsightFixtures.rows("""
                        SELECT t.module_id FROM module_test_out t JOIN person p ON p.id = t.learner_id
                        WHERE p.username = ? ORDER BY t.module_id""", username)
                .stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    private static io.restassured.response.Response page(String username) {
        return given().auth().preemptive().basic(username, Network.PASSWORD).redirects().follow(false).accept("text/html")
                .get(RealEar.BASE_URL + "/learning/paths.xhtml");
    }

    private static Map<String, Object> module(String title, String topic) {
        return Map.of("title", title, "durationMinutes", 15, "topic", topic);
    }

    @SafeVarargs
    private static Map<String, Object> draftBody(Map<String, Object>... modules) {
        return Map.of("code", "IT-" + Network.suffix().toUpperCase(), "title", "Pretest course " + Network.suffix(),
                "description", "Created by PreAssessmentIT", "format", "SELF_PACED", "language", "en",
                "listPrice", "149.00", "currency", "EUR", "modules", List.of(modules));
    }

    private record Course(long id, List<Long> moduleIds) {
    }

    /** A published self-paced course with these modules (title and topic). */
    @SafeVarargs
    private static Course course(Map<String, Object>... modules) {
        long id = ((Number) as("admin").body(draftBody(modules)).post(V1 + "/courses").then().statusCode(201)
                .extract().path("id")).longValue();
        var published = as("admin").post(V1 + "/courses/" + id + "/publication").then().statusCode(200).extract();
        return new Course(id, Api.moduleIds(published));
    }
}
