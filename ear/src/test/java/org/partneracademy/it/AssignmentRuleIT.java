package org.partneracademy.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.partneracademy.it.LearningPathIT.course;
import static org.partneracademy.it.LearningPathIT.createPath;
import static org.partneracademy.it.LearningPathIT.elective;
import static org.partneracademy.it.LearningPathIT.path;
import static org.partneracademy.it.LearningPathIT.required;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
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
 * Assignment rules over REST: saving a rule assigns its paths to everyone it matches now, and a preview
 * names exactly those people; changing it takes the paths from those it no longer matches; newcomers
 * (one by one or imported) get their paths on joining; each learner sees their own paths, progress and
 * why each is assigned, and nobody else's.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class AssignmentRuleIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String PASSWORD = "a-long-initial-password";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void theDemoRulesAssignedTheDemoPathsAndSayWhy() {
        as("alice").get(V1 + "/me/paths").then().statusCode(200)
                .body("find { it.name == 'Sales rep onboarding' }.reasons[0].ruleName", equalTo("Sales reps at Gold-or-above resellers"))
                .body("find { it.name == 'Sales rep onboarding' }.reasons[0].matchedConditions",
                        equalTo(List.of("position SALES_REP", "tier Gold or above", "partner type RESELLER")));
        // Ines sells for Fabrikam, a Silver training partner: the rule does not match her.
        as("ines").get(V1 + "/me/paths").then().statusCode(200).body("name", not(hasItem("Sales rep onboarding")));
    }

    @Test
    void savingARuleAssignsEveryoneThePreviewNamed() {
        long pathId = createPath(path(List.of(required(course())), List.of()));
        String pathName = pathName(pathId);
        var conditions = List.of(condition("POSITION", "SERVICE_TECHNICIAN"), condition("LOCATION", locationId("Fabrikam Lyon")));

        var preview = as("admin").body(Map.of("combinator", "ALL", "conditions", conditions)).post(V1 + "/rules/preview")
                .then().statusCode(200).body("firstNames", hasItems("Kira Klein", "Quinn Quade")).extract();
        int previewCount = preview.path("count");
        // Nothing is saved by a preview.
        as("kira").get(V1 + "/me/paths").then().body("name", not(hasItem(pathName)));

        String ruleName = "IT rule " + UUID.randomUUID();
        as("admin").body(rule(ruleName, "ALL", conditions, pathId)).post(V1 + "/rules").then().statusCode(201)
                .header("Location", containsString("/api/v1/rules/"))
                .body("assignedPeople", equalTo(previewCount))
                .body("conditions.label", equalTo(List.of("position SERVICE_TECHNICIAN", "location Fabrikam Lyon")));

        as("kira").get(V1 + "/me/paths").then().statusCode(200)
                .body("find { it.name == '" + pathName + "' }.reasons.ruleName", equalTo(List.of(ruleName)))
                .body("find { it.name == '" + pathName + "' }.reasons[0].matchedConditions",
                        equalTo(List.of("position SERVICE_TECHNICIAN", "location Fabrikam Lyon")));
        as("alice").get(V1 + "/me/paths").then().statusCode(200).body("name", not(hasItem(pathName)));
        as("jonas").get(V1 + "/me/paths").then().statusCode(200).body("name", not(hasItem(pathName)));
    }

    @Test
    void aChangedRuleTakesItsPathFromThoseItNoLongerMatches() {
        long pathId = createPath(path(List.of(required(course())), List.of()));
        String pathName = pathName(pathId);
        String lyon = locationId("Fabrikam Lyon");
        String ruleName = "IT rule " + UUID.randomUUID();
        long ruleId = ((Number) as("admin").body(rule(ruleName, "ALL",
                        List.of(condition("POSITION", "SERVICE_TECHNICIAN"), condition("LOCATION", lyon)), pathId))
                .post(V1 + "/rules").then().statusCode(201).extract().path("id")).longValue();
        as("kira").get(V1 + "/me/paths").then().body("name", hasItem(pathName));

        var salesInLyon = List.of(condition("POSITION", "SALES_REP"), condition("LOCATION", lyon));
        int previewCount = as("admin").body(Map.of("combinator", "ALL", "conditions", salesInLyon)).post(V1 + "/rules/preview")
                .then().statusCode(200).extract().path("count");
        as("admin").body(rule(ruleName, "ALL", salesInLyon, pathId)).put(V1 + "/rules/" + ruleId).then().statusCode(200)
                .body("assignedPeople", equalTo(previewCount));

        as("kira").get(V1 + "/me/paths").then().body("name", not(hasItem(pathName)));
        as("ines").get(V1 + "/me/paths").then().body("name", hasItem(pathName));
        as("sven").get(V1 + "/me/paths").then().body("name", hasItem(pathName));
    }

    @Test
    void aNewcomerAddedOneByOneGetsThePathsOfTheRulesTheyMatch() {
        long pathId = createPath(path(List.of(required(course())), List.of()));
        String pathName = pathName(pathId);
        String manchester = locationId("Contoso Manchester");
        as("admin").body(rule("IT rule " + UUID.randomUUID(), "ALL",
                        List.of(condition("POSITION", "DEAL_DESK"), condition("LOCATION", manchester)), pathId))
                .post(V1 + "/rules").then().statusCode(201);

        String matching = newPerson("pa.contoso", "DEAL_DESK", Long.parseLong(manchester));
        String elsewhere = newPerson("pa.contoso", "DEAL_DESK", Long.parseLong(locationId("Contoso London")));

        asPerson(matching).get(V1 + "/me/paths").then().statusCode(200).body("name", hasItem(pathName));
        asPerson(elsewhere).get(V1 + "/me/paths").then().statusCode(200).body("name", not(hasItem(pathName)));
    }

    @Test
    void newcomersImportedFromCsvGetTheirPathsToo() {
        long pathId = createPath(path(List.of(required(course())), List.of()));
        String pathName = pathName(pathId);
        as("admin").body(rule("IT rule " + UUID.randomUUID(), "ANY",
                        List.of(condition("LOCATION", locationId("Contoso Manchester"))), pathId))
                .post(V1 + "/rules").then().statusCode(201);

        String user = "it.csv." + UUID.randomUUID().toString().substring(0, 8);
        String csv = "username,displayName,email,position,locations,roles,initialPassword\n"
                + user + ",Imported " + user + "," + user + "@example.com,SALES_REP,Contoso Manchester,LEARNER," + PASSWORD + "\n";
        as("pa.contoso").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post(V1 + "/people/import")
                .then().statusCode(200).body("created", equalTo(1));

        asPerson(user).get(V1 + "/me/paths").then().statusCode(200)
                .body("find { it.name == '" + pathName + "' }.reasons[0].matchedConditions",
                        equalTo(List.of("location Contoso Manchester")));
    }

    @Test
    void progressCountsElectivesAndEquivalentCourses() {
        var a = Api.publishedCourse("A only");
        var b = Api.publishedCourse("B only");
        long aId = id(a), bId = id(b), cId = course();
        var d = Api.publishedCourse("D counts for A");
        as("admin").body(Map.of("courseId", id(d), "otherCourseId", aId)).post(V1 + "/course-relations/equivalencies")
                .then().statusCode(200);
        long pathId = createPath(path(List.of(required(aId), elective(1, bId, cId)), List.of()));
        String pathName = pathName(pathId);
        as("admin").body(rule("IT rule " + UUID.randomUUID(), "ALL",
                        List.of(condition("POSITION", "DEAL_DESK"), condition("LOCATION", locationId("Fabrikam Paris"))), pathId))
                .post(V1 + "/rules").then().statusCode(201);
        String learner = newPerson("pa.fabrikam", "DEAL_DESK", Long.parseLong(locationId("Fabrikam Paris")));
        String mine = "find { it.name == '" + pathName + "' }";

        asPerson(learner).get(V1 + "/me/paths").then().statusCode(200)
                .body(mine + ".complete", equalTo(false))
                .body(mine + ".next.course.id", equalTo((int) aId))
                .body(mine + ".groups.summary", equalTo(List.of("all 1", "any 1 of 2")));

        complete(learner, d);
        complete(learner, b);

        asPerson(learner).get(V1 + "/me/paths").then().statusCode(200)
                .body(mine + ".groups[0].steps[0].status", equalTo("DONE_BY_EQUIVALENT"))
                .body(mine + ".groups[0].steps[0].creditedBy.id", equalTo((int) id(d)))
                .body(mine + ".groups[1].steps.status", equalTo(List.of("DONE", "OPEN")))
                .body(mine + ".groups[1].satisfied", equalTo(true))
                .body(mine + ".complete", equalTo(true))
                .body(mine + ".next", nullValue());
    }

    /**
     * People are matched again when what the rules look at changes: their position or locations (PUT
     * /people/{id}) or their partner's tier (PUT /partners/{id}). A fresh partner keeps the demo intact.
     */
    @Test
    void changedPeopleAndPartnersAreMatchedAgain() {
        long pathId = createPath(path(List.of(required(course())), List.of()));
        String pathName = pathName(pathId);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String partnerName = "IT Rematch " + suffix;
        long partner = ((Number) as("admin").body(Map.of("name", partnerName, "type", "RESELLER", "tier", "Silver"))
                .post(V1 + "/partners").then().statusCode(201).extract().path("id")).longValue();
        long north = ((Number) as("admin").body(Map.of("partnerId", partner, "name", "North " + suffix, "brandIds", List.of()))
                .post(V1 + "/locations").then().statusCode(201).extract().path("id")).longValue();
        long south = ((Number) as("admin").body(Map.of("partnerId", partner, "name", "South " + suffix, "brandIds", List.of()))
                .post(V1 + "/locations").then().statusCode(201).extract().path("id")).longValue();
        as("admin").body(rule("IT rematch " + suffix, "ALL", List.of(condition("POSITION", "DEAL_DESK"),
                        condition("LOCATION", String.valueOf(north)), condition("TIER_AT_LEAST", "Gold")), pathId))
                .post(V1 + "/rules").then().statusCode(201);

        String user = "it.rematch." + suffix;
        var person = new HashMap<String, Object>(Map.of("partnerId", partner, "username", user,
                "displayName", "Remy Rematch " + suffix, "email", user + "@example.com", "position", "SALES_REP",
                "locationIds", List.of(south), "roles", List.of("LEARNER"), "initialPassword", PASSWORD));
        long personId = ((Number) as("admin").body(person).post(V1 + "/people").then().statusCode(201)
                .extract().path("id")).longValue();
        asPerson(user).get(V1 + "/me/paths").then().statusCode(200).body("name", not(hasItem(pathName)));

        // Position and location now match, the tier (Silver) does not yet.
        var change = Map.of("position", "DEAL_DESK", "locationIds", List.of(north), "roles", List.of("LEARNER"));
        as("admin").body(change).put(V1 + "/people/" + personId).then().statusCode(200);
        asPerson(user).get(V1 + "/me/paths").then().statusCode(200).body("name", not(hasItem(pathName)));

        as("admin").body(Map.of("name", partnerName, "type", "RESELLER", "tier", "Gold"))
                .put(V1 + "/partners/" + partner).then().statusCode(200);
        asPerson(user).get(V1 + "/me/paths").then().statusCode(200).body("name", hasItem(pathName));

        // Moving back to the other location takes the path away again.
        as("admin").body(Map.of("position", "DEAL_DESK", "locationIds", List.of(south), "roles", List.of("LEARNER")))
                .put(V1 + "/people/" + personId).then().statusCode(200);
        asPerson(user).get(V1 + "/me/paths").then().statusCode(200).body("name", not(hasItem(pathName)));
    }

    @Test
    void badRulesAreRefusedAndNothingIsWritten() {
        long pathId = createPath(path(List.of(required(course())), List.of()));
        int before = ruleCount();
        var salesRep = condition("POSITION", "SALES_REP");

        // No conditions at all (empty list, missing list): a rule that would assign everyone.
        as("admin").body(rule("IT bad", "ALL", List.of(), pathId)).post(V1 + "/rules").then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("at least one condition"));
        var withoutConditions = new HashMap<>(rule("IT bad", "ANY", List.of(), pathId));
        withoutConditions.remove("conditions");
        as("admin").body(withoutConditions).post(V1 + "/rules").then().statusCode(422);
        as("admin").body(Map.of("combinator", "ALL", "conditions", List.of())).post(V1 + "/rules/preview").then().statusCode(422);
        // Values that name nothing: a position, a tier, a location that is not a number, a brand.
        as("admin").body(rule("IT bad", "ALL", List.of(condition("POSITION", "ASTRONAUT")), pathId)).post(V1 + "/rules")
                .then().statusCode(422).body("detail", containsString("Condition 1"));
        as("admin").body(rule("IT bad", "ALL", List.of(salesRep, condition("TIER_AT_LEAST", "Adamantium")), pathId))
                .post(V1 + "/rules").then().statusCode(422).body("detail", containsString("Condition 2"));
        as("admin").body(rule("IT bad", "ALL", List.of(condition("LOCATION", "Berlin")), pathId)).post(V1 + "/rules").then().statusCode(422);
        as("admin").body(rule("IT bad", "ALL", List.of(condition("BRAND", "NO-SUCH-BRAND")), pathId)).post(V1 + "/rules").then().statusCode(422);
        // The same condition twice, no path, a path that does not exist.
        as("admin").body(rule("IT bad", "ALL", List.of(salesRep, salesRep), pathId)).post(V1 + "/rules").then().statusCode(422);
        as("admin").body(Map.of("name", "IT bad", "combinator", "ALL", "conditions", List.of(salesRep), "pathIds", List.of()))
                .post(V1 + "/rules").then().statusCode(422).body("detail", containsString("at least one path"));
        as("admin").body(rule("IT bad", "ALL", List.of(salesRep), 987654321L)).post(V1 + "/rules").then().statusCode(422);
        // Format errors: no name, no combinator, a condition without kind or value, an unknown kind.
        as("admin").body(Map.of("conditions", List.of(Map.of("value", "")), "pathIds", List.of(pathId))).post(V1 + "/rules")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("name", "combinator", "conditions[0].kind", "conditions[0].value"));
        as("admin").body(rule("IT bad", "ALL", List.of(condition("SHOE_SIZE", "42")), pathId)).post(V1 + "/rules").then().statusCode(400);
        // A second rule of the same name conflicts.
        String name = "IT rule " + UUID.randomUUID();
        as("admin").body(rule(name, "ALL", List.of(salesRep, condition("LOCATION", locationId("Fabrikam Lyon"))), pathId))
                .post(V1 + "/rules").then().statusCode(201);
        as("admin").body(rule(name, "ALL", List.of(salesRep), pathId)).post(V1 + "/rules").then().statusCode(409);

        assertThat(ruleCount()).isEqualTo(before + 1);
    }

    @Test
    void learnersReadOnlyTheirOwnPathsAndNeverTheRules() {
        long pathId = createPath(path(List.of(required(course())), List.of()));
        String pathName = pathName(pathId);
        as("admin").body(rule("IT rule " + UUID.randomUUID(), "ALL",
                        List.of(condition("POSITION", "SERVICE_TECHNICIAN"), condition("LOCATION", locationId("Contoso Manchester"))), pathId))
                .post(V1 + "/rules").then().statusCode(201);

        as("grace").get(V1 + "/me/paths").then().statusCode(200).body("name", hasItem(pathName));
        as("emma").get(V1 + "/me/paths").then().statusCode(200).body("name", not(hasItem(pathName)));
        as("emma").get(V1 + "/rules").then().statusCode(403);
        as("emma").get(V1 + "/paths/" + pathId).then().statusCode(403);
        as("emma").body(Map.of("combinator", "ALL", "conditions", List.of(condition("POSITION", "SALES_REP"))))
                .post(V1 + "/rules/preview").then().statusCode(403);
        as("admin").get(V1 + "/me/paths").then().statusCode(403);
    }

    @Test
    void partnerAdminsReadThePathsOfTheirOwnPeopleOnly() {
        long kira = ((Number) as("pa.fabrikam").get(V1 + "/people").then().statusCode(200).extract()
                .path("find { it.username == 'kira' }.id")).longValue();

        as("pa.fabrikam").get(V1 + "/people/" + kira + "/paths").then().statusCode(200)
                .body("name", hasItem("Service technician track"))
                .body("find { it.name == 'Service technician track' }.reasons.ruleName", hasItem("Service technicians and trainers"));
        as("admin").get(V1 + "/people/" + kira + "/paths").then().statusCode(200).body("name", hasItem("Service technician track"));
        // Another partner's admin, a guessed id, a learner: as if the person did not exist, or no access at all.
        as("pa.northwind").get(V1 + "/people/" + kira + "/paths").then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").get(V1 + "/people/987654321/paths").then().statusCode(404);
        as("alice").get(V1 + "/people/" + kira + "/paths").then().statusCode(403);
    }

    private static Map<String, Object> condition(String kind, String value) {
        return Map.of("kind", kind, "value", value);
    }

    private static Map<String, Object> rule(String name, String combinator, List<Map<String, Object>> conditions, long pathId) {
        return Map.of("name", name, "combinator", combinator, "conditions", conditions, "pathIds", List.of(pathId));
    }

    private static String pathName(long pathId) {
        return as("admin").get(V1 + "/paths/" + pathId).then().statusCode(200).extract().path("name");
    }

    private static String locationId(String name) {
        return String.valueOf(as("admin").get(V1 + "/locations").then().statusCode(200).extract()
                .<Number>path("find { it.name == '" + name + "' }.id"));
    }

    private static long id(io.restassured.response.ExtractableResponse<io.restassured.response.Response> course) {
        return ((Number) course.path("id")).longValue();
    }

    private static String newPerson(String admin, String position, long locationId) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var person = new HashMap<String, Object>();
        person.put("username", "it.path." + suffix);
        person.put("displayName", "Pat Pathfinder " + suffix);
        person.put("email", "it.path." + suffix + "@example.com");
        person.put("position", position);
        person.put("locationIds", List.of(locationId));
        person.put("roles", List.of("LEARNER"));
        person.put("initialPassword", PASSWORD);
        as(admin).body(person).post(V1 + "/people").then().statusCode(201);
        return (String) person.get("username");
    }

    private static RequestSpecification asPerson(String username) {
        return given().auth().preemptive().basic(username, PASSWORD).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static void complete(String learner, io.restassured.response.ExtractableResponse<io.restassured.response.Response> course) {
        long enrollment = ((Number) asPerson(learner).body(Map.of("courseId", id(course))).post(V1 + "/enrollments")
                .then().statusCode(201).extract().path("id")).longValue();
        for (long module : Api.moduleIds(course)) {
            asPerson(learner).put(V1 + "/enrollments/" + enrollment + "/modules/" + module + "/completion").then().statusCode(200);
        }
    }

    private static int ruleCount() {
        return as("admin").get(V1 + "/rules").then().statusCode(200).extract().<List<Object>>path("id").size();
    }
}
