package org.partneracademy.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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
import org.partneracademy.it.support.RealEar;

/**
 * The vendor admin defines learning paths over REST: groups, electives, prerequisite paths, course
 * prerequisites and equivalencies; every bad definition is refused with a clear problem and writes nothing.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class LearningPathIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void theDemoPathsHaveElectivesPrerequisitesAndAnEquivalency() {
        as("admin").get(V1 + "/paths").then().statusCode(200)
                .body("find { it.name == 'Sales rep onboarding' }.groups.kind", equalTo(List.of("REQUIRED", "ELECTIVE")))
                .body("find { it.name == 'Sales rep onboarding' }.groups[1].pick", equalTo(1))
                .body("find { it.name == 'Pre-sales engineer track' }.prerequisites.name", equalTo(List.of("Sales rep onboarding")));
        as("admin").get(V1 + "/course-relations").then().statusCode(200)
                .body("equivalencies.course.code", hasItem("SALES-201"))
                .body("prerequisites.course.code", hasItems("PRESALES-301", "SERVICE-210"));
    }

    @Test
    void aPathIsDefinedWithRequiredAndElectiveGroupsAndRedefined() {
        long a = course(), b = course(), c = course(), d = course();
        var body = path(List.of(required(a), elective(2, b, c, d)), List.of());

        var created = as("admin").body(body).post(V1 + "/paths").then().statusCode(201)
                .header("Location", containsString("/api/v1/paths/"))
                .body("groups.kind", equalTo(List.of("REQUIRED", "ELECTIVE")))
                .body("groups[1].pick", equalTo(2))
                .body("groups[1].steps.id", equalTo(List.of((int) b, (int) c, (int) d)))
                .extract();
        long id = ((Number) created.path("id")).longValue();

        body.put("groups", List.of(elective(1, a, b)));
        body.put("description", "Shorter now");
        as("admin").body(body).put(V1 + "/paths/" + id).then().statusCode(200)
                .body("groups.size()", equalTo(1)).body("groups[0].kind", equalTo("ELECTIVE"))
                .body("description", equalTo("Shorter now"));
        as("admin").get(V1 + "/paths/" + id).then().statusCode(200).body("groups[0].steps.id", equalTo(List.of((int) a, (int) b)));
        as("admin").get(V1 + "/paths/999999").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void badPathsAreRefusedAndNothingIsWritten() {
        long a = course(), b = course();
        int before = pathCount();

        // Elective "any 3 of 2", "any 0 of 2", a step on a course that does not exist, a course twice.
        as("admin").body(path(List.of(elective(3, a, b)), List.of())).post(V1 + "/paths")
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("between 1 and 2"));
        as("admin").body(path(List.of(elective(0, a, b)), List.of())).post(V1 + "/paths").then().statusCode(422);
        as("admin").body(path(List.of(required(a, 987654321L)), List.of())).post(V1 + "/paths")
                .then().statusCode(422).body("detail", containsString("987654321"));
        as("admin").body(path(List.of(required(a), elective(1, a, b)), List.of())).post(V1 + "/paths")
                .then().statusCode(422).body("detail", containsString("more than once"));
        // No groups, no name, no position: format errors naming the fields.
        as("admin").body(Map.of("description", "nothing else")).post(V1 + "/paths").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("name", "position", "groups"));
        // The vendor's own staff is not a position paths are for.
        var forStaff = path(List.of(required(a)), List.of());
        forStaff.put("position", "VENDOR_STAFF");
        as("admin").body(forStaff).post(V1 + "/paths").then().statusCode(422).body("detail", containsString("VENDOR_STAFF"));
        // A prerequisite path that does not exist.
        as("admin").body(path(List.of(required(a)), List.of(987654321L))).post(V1 + "/paths").then().statusCode(422);

        assertThat(pathCount()).isEqualTo(before);
    }

    @Test
    void aPathThatRequiresItselfDirectlyOrThroughOthersIsRefused() {
        long a = course();
        long first = createPath(path(List.of(required(a)), List.of()));
        var secondBody = path(List.of(required(a)), List.of(first));
        long second = createPath(secondBody);
        var thirdBody = path(List.of(required(a)), List.of(second));
        long third = createPath(thirdBody);

        var selfBody = path(List.of(required(a)), List.of(first));
        selfBody.put("name", "Self " + first);
        as("admin").body(selfBody).put(V1 + "/paths/" + first).then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("cannot require itself"));
        var cycleBody = path(List.of(required(a)), List.of(third));
        as("admin").body(cycleBody).put(V1 + "/paths/" + first).then().statusCode(422)
                .body("detail", containsString("cycle"));

        as("admin").get(V1 + "/paths/" + first).then().statusCode(200).body("prerequisites.size()", equalTo(0));
        as("admin").get(V1 + "/paths/" + third).then().body("prerequisites.id", equalTo(List.of((int) second)));
    }

    @Test
    void courseLoopsAreRefusedAndDuplicatesConflict() {
        long a = course(), b = course(), c = course();
        relation("equivalencies", a, b).then().statusCode(200);
        relation("equivalencies", b, c).then().statusCode(200);
        // c counts for a would let a → b → c → a go round in circles; so would a counting for itself.
        relation("equivalencies", c, a).then().statusCode(422).contentType(PROBLEM).body("detail", containsString("loop"));
        relation("equivalencies", a, a).then().statusCode(422);
        relation("equivalencies", a, b).then().statusCode(409);
        // The other direction of a prerequisite is a cycle; an unknown course is refused.
        relation("prerequisites", b, a).then().statusCode(200);
        relation("prerequisites", a, b).then().statusCode(422).body("detail", containsString("loop"));
        relation("prerequisites", a, 987654321L).then().statusCode(422);
        relation("prerequisites", a, null).then().statusCode(400);

        var relations = as("admin").get(V1 + "/course-relations").then().statusCode(200).extract();
        assertThat(relations.<List<Integer>>path("equivalencies.findAll { it.other.id == " + a + " }.course.id")).isEmpty();
        assertThat(relations.<List<Integer>>path("prerequisites.findAll { it.course.id == " + a + " }.other.id")).isEmpty();
    }

    /** The pages: the editors for the vendor admin only, "My paths" for learners only (HTML, as a browser asks). */
    @Test
    void thePathPagesAreForTheirRolesOnly() {
        for (String page : List.of("/admin/paths.xhtml", "/admin/rules.xhtml")) {
            html("admin", page).then().statusCode(200).body(containsString("<h1>"));
            html("alice", page).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
            html("pa.contoso", page).then().statusCode(403);
        }
        html("admin", "/admin/paths.xhtml").then().body(containsString("Sales rep onboarding")).body(containsString("any 1 of 3"));
        html("admin", "/admin/rules.xhtml").then().body(containsString("Sales reps at Gold-or-above resellers"));
        html("alice", "/learning/paths.xhtml").then().statusCode(200).body(containsString("<h1>My paths</h1>"))
                .body(containsString("Sales rep onboarding"));
        html("admin", "/learning/paths.xhtml").then().statusCode(403);
        given().redirects().follow(false).accept("text/html").get(RealEar.BASE_URL + "/learning/paths.xhtml")
                .then().statusCode(302);
    }

    private static io.restassured.response.Response html(String user, String page) {
        return given().auth().preemptive().basic(user, RealEar.DEMO_PASSWORD).redirects().follow(false).accept("text/html")
                .get(RealEar.BASE_URL + page);
    }

    static long course() {
        return ((Number) Api.publishedCourse("Only module").path("id")).longValue();
    }

    static Map<String, Object> required(Long... courses) {
        return Map.of("kind", "REQUIRED", "courseIds", List.of(courses));
    }

    static Map<String, Object> elective(int pick, Long... courses) {
        return Map.of("kind", "ELECTIVE", "pick", pick, "courseIds", List.of(courses));
    }

    static Map<String, Object> path(List<Map<String, Object>> groups, List<Long> prerequisites) {
        var body = new HashMap<String, Object>();
        body.put("name", "IT path " + UUID.randomUUID().toString().substring(0, 8));
        body.put("description", "Created by an integration test");
        body.put("position", "SERVICE_TECHNICIAN");
        body.put("groups", groups);
        body.put("prerequisitePathIds", prerequisites);
        return body;
    }

    static long createPath(Map<String, Object> body) {
        return ((Number) as("admin").body(body).post(V1 + "/paths").then().statusCode(201).extract().path("id")).longValue();
    }

    private static io.restassured.response.Response relation(String kind, Long course, Long other) {
        var body = new HashMap<String, Object>();
        body.put("courseId", course);
        body.put("otherCourseId", other);
        return as("admin").body(body).post(V1 + "/course-relations/" + kind);
    }

    private static int pathCount() {
        return as("admin").get(V1 + "/paths").then().statusCode(200).extract().<List<Object>>path("id").size();
    }
}
