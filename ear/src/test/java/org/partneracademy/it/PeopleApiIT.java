package org.partneracademy.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
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
import org.partneracademy.it.support.RealEar;

/**
 * Partner admins managing their own people over REST: creating and deactivating them, and never
 * reaching another partner's people, locations or managers, whatever ids they guess.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class PeopleApiIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String PASSWORD = "a-long-initial-password";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    /**
     * With page or size the list is a page from the database: the count and the next page travel in
     * headers, the search and the caller's scope apply. Bad parameters tried: size 0, size 101, page -1,
     * page "two", location "x" — each 400 naming the parameter.
     */
    @Test
    void thePeopleListPagesInTheDatabaseWithinTheCallersScope() {
        var first = as("pa.litware").queryParam("size", 5).get(V1 + "/people").then().statusCode(200)
                .header("X-Total-Count", org.hamcrest.Matchers.notNullValue())
                .header("Link", containsString("rel=\"next\"")).extract();
        List<String> firstNames = first.path("username");
        assertThat(firstNames).hasSize(5);
        long total = Long.parseLong(first.header("X-Total-Count"));
        assertThat(total).isGreaterThan(5);
        List<String> secondNames = as("pa.litware").queryParam("size", 5).queryParam("page", 1).get(V1 + "/people")
                .then().statusCode(200).header("Link", containsString("rel=\"prev\"")).extract().path("username");
        assertThat(secondNames).hasSize(5).doesNotContainAnyElementsOf(firstNames);

        as("pa.litware").queryParam("q", "alice").get(V1 + "/people").then().statusCode(200)
                .header("X-Total-Count", equalTo("0"));
        as("pa.contoso").queryParam("q", "emma").get(V1 + "/people").then().statusCode(200)
                .body("username", hasItem("emma"));

        for (var bad : List.of(Map.of("size", "0"), Map.of("size", "101"), Map.of("page", "-1"), Map.of("page", "two"),
                Map.of("location", "x"))) {
            as("pa.litware").queryParams(bad).get(V1 + "/people").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(bad.keySet().iterator().next()));
        }
    }

    @Test
    void aPartnerAdminAddsAPersonWhoCanThenSignIn() {
        long london = locationId("pa.contoso", "Contoso London");
        long managerId = personId("pa.contoso", "pa.contoso");
        var body = newPerson(london);
        body.put("managerId", managerId);

        var created = as("pa.contoso").body(body).post(V1 + "/people").then().statusCode(201)
                .header("Location", containsString("/api/v1/people/"))
                .body("partnerName", equalTo("Contoso Training"))
                .body("locations", equalTo(List.of("Contoso London")))
                .body("managerUsername", equalTo("pa.contoso"))
                .body("persona", equalTo("Hunter"))
                .body("active", equalTo(true))
                .body("$", not(org.hamcrest.Matchers.hasKey("initialPassword")))
                .extract();
        String username = created.path("username");

        as("pa.contoso").get(V1 + "/people").then().body("username", hasItem(username));
        as("pa.northwind").get(V1 + "/people").then().body("username", not(hasItem(username)));
        given().auth().preemptive().basic(username, PASSWORD).get(V1 + "/me")
                .then().statusCode(200).body("username", equalTo(username));
    }

    @Test
    void aDeactivatedPersonCanNoLongerSignIn() {
        var body = newPerson(locationId("pa.fabrikam", "Fabrikam Lyon"));
        long id = ((Number) as("pa.fabrikam").body(body).post(V1 + "/people").then().statusCode(201).extract().path("id")).longValue();
        String username = (String) body.get("username");
        given().auth().preemptive().basic(username, PASSWORD).get(V1 + "/me").then().statusCode(200);

        as("pa.fabrikam").post(V1 + "/people/" + id + "/deactivation").then().statusCode(200).body("active", equalTo(false));
        as("pa.fabrikam").post(V1 + "/people/" + id + "/deactivation").then().statusCode(200).body("active", equalTo(false));

        given().auth().preemptive().basic(username, PASSWORD).get(V1 + "/me").then().statusCode(401);
    }

    @Test
    void anotherPartnersPeopleAreNotFoundWhateverTheId() {
        long emma = personId("pa.contoso", "emma");

        as("pa.northwind").get(V1 + "/people/" + emma).then().statusCode(404).contentType(PROBLEM);
        as("pa.northwind").post(V1 + "/people/" + emma + "/deactivation").then().statusCode(404).contentType(PROBLEM);
        as("pa.contoso").get(V1 + "/people/" + emma).then().statusCode(200).body("active", equalTo(true));
        as("pa.northwind").get(V1 + "/locations").then().statusCode(200)
                .body("partnerName", everyItem(equalTo("Northwind Resellers")));
    }

    @Test
    void anotherPartnersLocationsManagersAndPartnerIdAreNotFound() {
        long contosoLondon = locationId("pa.contoso", "Contoso London");
        long northwindBerlin = locationId("pa.northwind", "Northwind Berlin");
        long contosoManager = personId("pa.contoso", "pa.contoso");
        long northwindPartner = 1;

        as("pa.northwind").body(newPerson(contosoLondon)).post(V1 + "/people")
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("Location"));
        var withForeignManager = newPerson(northwindBerlin);
        withForeignManager.put("managerId", contosoManager);
        as("pa.northwind").body(withForeignManager).post(V1 + "/people")
                .then().statusCode(404).body("detail", containsString("Person"));
        var intoAnotherPartner = newPerson(contosoLondon);
        intoAnotherPartner.put("partnerId", northwindPartner);
        as("pa.contoso").body(intoAnotherPartner).post(V1 + "/people").then().statusCode(404);
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        long london = locationId("pa.contoso", "Contoso London");
        int before = peopleCount("pa.contoso");

        as("pa.contoso").body("{}").post(V1 + "/people").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("username", "displayName", "email", "position", "locationIds", "roles",
                        "initialPassword"));
        var bad = newPerson(london);
        bad.put("username", "Not Valid!");
        bad.put("email", "not-an-email");
        bad.put("initialPassword", "short");
        as("pa.contoso").body(bad).post(V1 + "/people").then().statusCode(400)
                .body("errors.field", hasItems("username", "email", "initialPassword"));
        var vendorRole = newPerson(london);
        vendorRole.put("roles", List.of("LEARNER", "VENDOR_ADMIN"));
        as("pa.contoso").body(vendorRole).post(V1 + "/people").then().statusCode(422).contentType(PROBLEM);
        var unknownPosition = newPerson(london);
        unknownPosition.put("position", "ASTRONAUT");
        as("pa.contoso").body(unknownPosition).post(V1 + "/people").then().statusCode(400).contentType(PROBLEM);

        assertThat(peopleCount("pa.contoso")).isEqualTo(before);
    }

    @Test
    void usernamesAndEmailAddressesAreUnique() {
        long london = locationId("pa.contoso", "Contoso London");
        var first = newPerson(london);
        as("pa.contoso").body(first).post(V1 + "/people").then().statusCode(201);

        var sameUsername = newPerson(london);
        sameUsername.put("username", first.get("username"));
        as("pa.contoso").body(sameUsername).post(V1 + "/people").then().statusCode(409).contentType(PROBLEM);
        var sameEmail = newPerson(london);
        sameEmail.put("email", first.get("email"));
        as("pa.contoso").body(sameEmail).post(V1 + "/people").then().statusCode(409).body("detail", containsString("e-mail"));
    }

    @Test
    void adminsCannotDeactivateThemselvesAndTheVendorNamesThePartner() {
        as("pa.contoso").post(V1 + "/people/" + personId("pa.contoso", "pa.contoso") + "/deactivation")
                .then().statusCode(422).contentType(PROBLEM);
        as("admin").body(newPerson(locationId("admin", "Contoso Manchester"))).post(V1 + "/people")
                .then().statusCode(422).body("detail", containsString("partnerId"));
        var forContoso = newPerson(locationId("admin", "Contoso Manchester"));
        forContoso.put("partnerId", 2);
        as("admin").body(forContoso).post(V1 + "/people").then().statusCode(201)
                .body("partnerName", equalTo("Contoso Training"));
    }

    @Test
    void theVendorSeesEveryPartnerWithItsLocationsAndActivePeople() {
        as("admin").get(V1 + "/partners").then().statusCode(200)
                .body("name", hasItems("Northwind Resellers", "Contoso Training", "Fabrikam Delivery",
                        "Litware Implementation", "Adventure Works OEM"))
                .body("find { it.name == 'Contoso Training' }.type", equalTo("TRAINING_PARTNER"))
                .body("find { it.name == 'Contoso Training' }.agreementModel", equalTo("REVENUE_SHARE"))
                .body("find { it.name == 'Contoso Training' }.locations", equalTo(2))
                .body("find { it.name == 'Litware Implementation' }.activePeople", equalTo(36));
    }

    private static Map<String, Object> newPerson(long locationId) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var person = new HashMap<String, Object>();
        person.put("username", "it." + suffix);
        person.put("displayName", "Ivy Tester " + suffix);
        person.put("email", "it." + suffix + "@example.com");
        person.put("position", "SALES_REP");
        person.put("persona", "Hunter");
        person.put("locationIds", List.of(locationId));
        person.put("roles", List.of("LEARNER"));
        person.put("initialPassword", PASSWORD);
        return person;
    }

    private static long locationId(String admin, String name) {
        return ((Number) as(admin).get(V1 + "/locations").then().statusCode(200).extract()
                .path("find { it.name == '" + name + "' }.id")).longValue();
    }

    private static long personId(String admin, String username) {
        return ((Number) as(admin).get(V1 + "/people").then().statusCode(200).extract()
                .path("find { it.username == '" + username + "' }.id")).longValue();
    }

    private static int peopleCount(String admin) {
        return as(admin).get(V1 + "/people").then().extract().<List<Object>>path("id").size();
    }
}
