package org.partneracademy.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.RealEar;

/**
 * "My team" over REST: a partner admin sees their own people only, whatever they search or filter by,
 * paged by the database, with each person's progress as their enrollments make it.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class TeamIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String PASSWORD = "a-long-initial-password";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void contosoNeverSeesFabrikamPeople() {
        List<String> contoso = allTeam("pa.contoso");
        List<String> contosoPeople = as("pa.contoso").get(V1 + "/people").then().statusCode(200).extract()
                .path("findAll { it.active }.username");
        assertThat(contoso).containsExactlyInAnyOrderElementsOf(contosoPeople)
                .contains("emma", "pa.contoso")
                .doesNotContain("ines", "jonas", "pa.fabrikam", "alice");
        assertThat(allTeam("pa.fabrikam")).contains("ines").doesNotContain("emma", "pa.contoso");

        // Searching for a Fabrikam name or filtering by a Fabrikam location finds nobody.
        as("pa.contoso").queryParam("q", "ines").get(V1 + "/team").then().statusCode(200).body("total", equalTo(0));
        long lyon = locationId("pa.fabrikam", "Fabrikam Lyon");
        as("pa.contoso").queryParam("location", lyon).get(V1 + "/team").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void searchAndLocationNarrowTheTeam() {
        as("pa.contoso").queryParam("q", "Evans").get(V1 + "/team").then().statusCode(200)
                .body("items.username", equalTo(List.of("emma")));
        long manchester = locationId("pa.contoso", "Contoso Manchester");
        as("pa.contoso").queryParam("location", manchester).queryParam("size", 100).get(V1 + "/team").then()
                .statusCode(200)
                .body("items.username", hasItems("grace", "hugo"))
                .body("items.username", not(hasItem("emma")))
                .body("items.locations", everyItem(hasItem("Contoso Manchester")));
    }

    @Test
    void pagesAreDisjointAndCountTheWholeTeam() {
        int total = as("pa.contoso").get(V1 + "/team").then().statusCode(200).extract().path("total");
        var seen = new ArrayList<String>();
        for (int page = 0; page * 3 < total; page++) {
            List<String> names = as("pa.contoso").queryParam("page", page).queryParam("size", 3).get(V1 + "/team")
                    .then().statusCode(200).body("total", equalTo(total)).body("page", equalTo(page))
                    .body("size", equalTo(3)).extract().path("items.username");
            assertThat(names).hasSizeLessThanOrEqualTo(3).noneMatch(seen::contains);
            seen.addAll(names);
        }
        assertThat(seen).hasSize(total);
    }

    @Test
    void progressFollowsEnrollmentsAndModules() {
        String username = newContosoLearner();
        var course = Api.publishedCourse("Team one", "Team two");
        long courseId = ((Number) course.path("id")).longValue();
        var modules = Api.moduleIds(course);

        as("pa.contoso").queryParam("q", username).get(V1 + "/team").then().statusCode(200)
                .body("items[0].openEnrollments", equalTo(0)).body("items[0].percentModulesDone", equalTo(0))
                .body("items[0].lastActivity", nullValue());

        long enrollment = ((Number) learner(username).body(Map.of("courseId", courseId)).post(V1 + "/enrollments")
                .then().statusCode(201).extract().path("id")).longValue();
        learner(username).put(V1 + "/enrollments/" + enrollment + "/modules/" + modules.get(0) + "/completion")
                .then().statusCode(200);
        as("pa.contoso").queryParam("q", username).get(V1 + "/team").then().statusCode(200)
                .body("items[0].openEnrollments", equalTo(1)).body("items[0].completedEnrollments", equalTo(0))
                .body("items[0].modulesDone", equalTo(1)).body("items[0].modulesTotal", equalTo(2))
                .body("items[0].percentModulesDone", equalTo(50)).body("items[0].lastActivity", notNullValue());

        learner(username).put(V1 + "/enrollments/" + enrollment + "/modules/" + modules.get(1) + "/completion")
                .then().statusCode(200);
        as("pa.contoso").queryParam("q", username).get(V1 + "/team").then().statusCode(200)
                .body("items[0].openEnrollments", equalTo(0)).body("items[0].completedEnrollments", equalTo(1))
                .body("items[0].percentModulesDone", equalTo(100));

        // Sorted by progress, most first: this learner (100%) comes before anyone with less.
        List<Integer> percents = as("pa.contoso").queryParam("sort", "PROGRESS").queryParam("direction", "DESC")
                .queryParam("size", 100).get(V1 + "/team").then().statusCode(200).extract().path("items.percentModulesDone");
        assertThat(percents).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    /** Bad inputs tried: page -1, size 0, size 1000, size "ten", sort AGE, direction UP, location "abc", q of 201 characters. */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"page,-1,page", "size,0,size", "size,1000,size", "size,ten,size", "sort,AGE,sort",
            "direction,UP,direction", "location,abc,location"})
    void badParametersAre400NamingThem(String parameter, String value, String field) {
        as("pa.contoso").queryParam(parameter, value).get(V1 + "/team")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(field));
    }

    @Test
    void tooLongSearchTextIs400() {
        as("pa.contoso").queryParam("q", "x".repeat(201)).get(V1 + "/team")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("q"));
    }

    private static List<String> allTeam(String admin) {
        return as(admin).queryParam("size", 100).get(V1 + "/team").then().statusCode(200).extract().path("items.username");
    }

    private static String newContosoLearner() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "team." + suffix;
        as("pa.contoso").body(Map.of("username", username, "displayName", "Tim Team " + suffix,
                        "email", username + "@example.com", "position", "SALES_REP",
                        "locationIds", List.of(locationId("pa.contoso", "Contoso London")),
                        "roles", List.of("LEARNER"), "initialPassword", PASSWORD))
                .post(V1 + "/people").then().statusCode(201);
        return username;
    }

    private static io.restassured.specification.RequestSpecification learner(String username) {
        return given().auth().preemptive().basic(username, PASSWORD).contentType("application/json").accept("application/json");
    }

    private static long locationId(String admin, String name) {
        return ((Number) as(admin).get(V1 + "/locations").then().statusCode(200).extract()
                .path("find { it.name == '" + name + "' }.id")).longValue();
    }
}
