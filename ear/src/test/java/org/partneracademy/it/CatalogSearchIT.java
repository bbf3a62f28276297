package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

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
import org.partneracademy.it.support.RealEar;

/**
 * Searching the catalog over REST: text in title, code or description, format and language filters,
 * paging by the database with the total in a header, and bad parameters answered with 400 naming them.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class CatalogSearchIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    /**
     * Track and audience filters: every course found has the track asked for; a position finds the courses
     * meant for it or for everyone, never one meant only for others. Bad values tried: track "x", position "CEO".
     */
    @Test
    void filtersByTrackAndByThePositionACourseIsMeantFor() {
        List<String> tracks = as("alice").queryParam("track", "SALES").get(V1 + "/courses").then().statusCode(200)
                .extract().path("track");
        assertThat(tracks).isNotEmpty().containsOnly("SALES");
        List<List<String>> audiences = as("alice").queryParam("position", "SERVICE_TECHNICIAN").get(V1 + "/courses")
                .then().statusCode(200).extract().path("audiencePositions");
        assertThat(audiences).isNotEmpty()
                .allSatisfy(positions -> assertThat(positions.isEmpty() || positions.contains("SERVICE_TECHNICIAN"))
                        .as("meant for everyone or for service technicians: %s", positions).isTrue());
        List<List<String>> all = as("alice").get(V1 + "/courses").then().statusCode(200).extract().path("audiencePositions");
        assertThat(all).as("some course is meant for other positions only, so the filter has something to leave out")
                .anySatisfy(positions -> assertThat(positions).isNotEmpty().doesNotContain("SERVICE_TECHNICIAN"));

        as("alice").queryParam("track", "x").get(V1 + "/courses").then().statusCode(400).body("errors.field", hasItem("track"));
        as("alice").queryParam("position", "CEO").get(V1 + "/courses").then().statusCode(400)
                .body("errors.field", hasItem("position"));
    }

    @Test
    void textIsFoundInTitleCodeAndDescriptionButNotInDrafts() {
        String token = token();
        // Only one place of each course holds the token: the other codes are random.
        long inTitle = course(token(), "Zebra " + token + " basics", "Plain.", "SELF_PACED", "en", true);
        long inDescription = course(token(), "Yak handling", "Covers " + token + " in depth.", "SELF_PACED", "en", true);
        long inCode = course(token + "-C", "Xerus care", "Plain.", "SELF_PACED", "en", true);
        long draft = course(token(), "Draft " + token, "Plain.", "SELF_PACED", "en", false);

        List<Integer> ids = as("alice").queryParam("q", token.toLowerCase()).get(V1 + "/courses")
                .then().statusCode(200).header("X-Total-Count", "3").extract().path("id");
        assertThat(ids).containsExactlyInAnyOrder((int) inTitle, (int) inDescription, (int) inCode)
                .doesNotContain((int) draft);
        // In title order: Xerus, Yak, Zebra.
        assertThat(ids).containsExactly((int) inCode, (int) inDescription, (int) inTitle);
    }

    @Test
    void likeWildcardsInTheTextAreTakenLiterally() {
        String token = token();
        course("P" + token, "Fifty " + token + " percent", "Plain.", "SELF_PACED", "en", true);
        as("alice").queryParam("q", token + "%").get(V1 + "/courses").then().statusCode(200).header("X-Total-Count", "0");
        as("alice").queryParam("q", "_" + token).get(V1 + "/courses").then().statusCode(200).header("X-Total-Count", "0");
        as("alice").queryParam("q", token).get(V1 + "/courses").then().statusCode(200).header("X-Total-Count", "1");
    }

    @Test
    void formatAndLanguageFilterTheResult() {
        String token = token();
        long virtualFrench = course("V" + token, "Virtual " + token, "Plain.", "VIRTUAL_INSTRUCTOR_LED", "fr", true);
        long selfPacedFrench = course("S" + token, "Self " + token, "Plain.", "SELF_PACED", "fr", true);
        course("E" + token, "English " + token, "Plain.", "VIRTUAL_INSTRUCTOR_LED", "en", true);

        as("alice").queryParam("q", token).queryParam("format", "VIRTUAL_INSTRUCTOR_LED").queryParam("language", "fr")
                .get(V1 + "/courses").then().statusCode(200).body("id", equalTo(List.of((int) virtualFrench)));
        as("alice").queryParam("q", token).queryParam("language", "fr").get(V1 + "/courses")
                .then().statusCode(200).header("X-Total-Count", "2").body("id", hasItem((int) selfPacedFrench));
        as("alice").queryParam("q", token).queryParam("format", "blended").get(V1 + "/courses")
                .then().statusCode(200).body("$", hasSize(0));
        as("alice").queryParam("format", "SELF_PACED").queryParam("size", "100").get(V1 + "/courses")
                .then().statusCode(200).body("format", everyItem(equalTo("SELF_PACED")));
    }

    @Test
    void pagesComeFromTheDatabaseWithTheTotalAndLinks() {
        String token = token();
        for (String title : List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo")) {
            course(title.charAt(0) + token, title + " " + token, "Plain.", "SELF_PACED", "en", true);
        }
        List<String> first = as("alice").queryParam("q", token).queryParam("size", 2).get(V1 + "/courses")
                .then().statusCode(200).header("X-Total-Count", "5").header("Link", containsString("rel=\"next\""))
                .extract().path("title");
        List<String> second = as("alice").queryParam("q", token).queryParam("page", 1).queryParam("size", 2)
                .get(V1 + "/courses").then().statusCode(200)
                .header("Link", containsString("rel=\"prev\"")).extract().path("title");
        List<String> last = as("alice").queryParam("q", token).queryParam("page", 2).queryParam("size", 2)
                .get(V1 + "/courses").then().statusCode(200)
                .header("Link", not(containsString("rel=\"next\""))).extract().path("title");
        assertThat(first).containsExactly("Alpha " + token, "Bravo " + token);
        assertThat(second).containsExactly("Charlie " + token, "Delta " + token);
        assertThat(last).containsExactly("Echo " + token);
        as("alice").queryParam("q", token).queryParam("page", 9).queryParam("size", 2).get(V1 + "/courses")
                .then().statusCode(200).body("$", hasSize(0)).header("X-Total-Count", "5");
    }

    @Test
    void withoutPageOrSizeTheWholeCatalogComesAsBefore() {
        String token = token();
        long id = course("W" + token, "Whole " + token, "Plain.", "SELF_PACED", "en", true);
        as("alice").get(V1 + "/courses").then().statusCode(200)
                .header("Link", nullValue())
                .body("id", hasItem((int) id))
                .body("status", everyItem(equalTo("PUBLISHED")));
    }

    /** Bad inputs tried: page -1, page "abc", size 0, size 101, size "x", format ROCKET, q of 201 characters, language "!!". */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"page,-1,page", "page,abc,page", "size,0,size", "size,101,size", "size,x,size",
            "format,ROCKET,format", "language,!!,language"})
    void badParametersAre400NamingThem(String parameter, String value, String field) {
        as("alice").queryParam(parameter, value).get(V1 + "/courses")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(field));
    }

    @Test
    void tooLongSearchTextIs400() {
        as("alice").queryParam("q", "x".repeat(201)).get(V1 + "/courses")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("q"));
    }

    /** "Next for you": a new sales rep gets the Sales rep path's courses in step order, minus what they take. */
    @Test
    void suggestionsFollowThePositionsPathInStepOrder() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "next." + suffix;
        String password = "a-long-initial-password";
        long london = ((Number) as("pa.contoso").get(V1 + "/locations").then().extract()
                .path("find { it.name == 'Contoso London' }.id")).longValue();
        as("pa.contoso").body(Map.of("username", username, "displayName", "Nell Next " + suffix,
                        "email", username + "@example.com", "position", "SALES_REP", "locationIds", List.of(london),
                        "roles", List.of("LEARNER"), "initialPassword", password))
                .post(V1 + "/people").then().statusCode(201);
        var learner = io.restassured.RestAssured.given().auth().preemptive().basic(username, password)
                .contentType("application/json").accept("application/json");

        // Other test classes add paths for the same position; this test follows the demo's onboarding path.
        List<String> codes = learner.get(V1 + "/me/suggestions").then().statusCode(200)
                .body("find { it.pathName == 'Sales rep onboarding' }.stepNo", equalTo(1))
                .extract().path("findAll { it.pathName == 'Sales rep onboarding' }.courseCode");
        assertThat(codes).startsWith("SALES-101", "PRODUCT-100");

        long sales101 = ((Number) as("alice").queryParam("q", "SALES-101").get(V1 + "/courses").then().extract()
                .path("find { it.code == 'SALES-101' }.id")).longValue();
        learner.body(Map.of("courseId", sales101)).post(V1 + "/enrollments").then().statusCode(201);
        List<String> after = io.restassured.RestAssured.given().auth().preemptive().basic(username, password)
                .accept("application/json").get(V1 + "/me/suggestions").then().statusCode(200)
                .extract().path("findAll { it.pathName == 'Sales rep onboarding' }.courseCode");
        assertThat(after).doesNotContain("SALES-101").startsWith("PRODUCT-100");
    }

    /**
     * A pre-sales engineer is assigned the pre-sales track and, by rule, the sales onboarding it requires:
     * the onboarding comes first, because the track waits for it.
     */
    @Test
    void suggestionsFollowAssignedPathsPrerequisitePathsFirst() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "presales." + suffix;
        String password = "a-long-initial-password";
        long london = ((Number) as("pa.contoso").get(V1 + "/locations").then().extract()
                .path("find { it.name == 'Contoso London' }.id")).longValue();
        as("pa.contoso").body(Map.of("username", username, "displayName", "Pia Presales " + suffix,
                        "email", username + "@example.com", "position", "PRE_SALES_ENGINEER", "locationIds", List.of(london),
                        "roles", List.of("LEARNER"), "initialPassword", password))
                .post(V1 + "/people").then().statusCode(201);
        var learner = io.restassured.RestAssured.given().auth().preemptive().basic(username, password)
                .accept("application/json");

        List<String> paths = learner.get(V1 + "/me/suggestions").then().statusCode(200).extract().path("pathName");
        assertThat(paths).first().isEqualTo("Sales rep onboarding");
        List<String> codes = io.restassured.RestAssured.given().auth().preemptive().basic(username, password)
                .accept("application/json").get(V1 + "/me/suggestions").then().extract().path("courseCode");
        assertThat(codes).startsWith("SALES-101", "PRODUCT-100").doesNotContain("PRESALES-301");
    }

    private static String token() {
        return "Q" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A course with one module, published or left as a draft; returns its id. */
    private static long course(String code, String title, String description, String format, String language,
            boolean publish) {
        long id = ((Number) as("admin").body(Map.of("code", code, "title", title, "description", description,
                        "format", format, "language", language, "listPrice", "10.00", "currency", "EUR",
                        "modules", List.of(Map.of("title", "Only module", "durationMinutes", 10))))
                .post(V1 + "/courses").then().statusCode(201).extract().path("id")).longValue();
        if (publish) {
            as("admin").post(V1 + "/courses/" + id + "/publication").then().statusCode(200);
        }
        return id;
    }
}
