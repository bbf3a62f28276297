package org.partneracademy.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.Network.asNew;
import static org.partneracademy.it.support.Network.change;
import static org.partneracademy.it.support.Network.locationId;
import static org.partneracademy.it.support.Network.newPerson;
import static org.partneracademy.it.support.Network.personId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.RealEar;

/**
 * Location admins: a partner admin assigned locations administers the people of those locations only.
 * The demo's pa.contoso.london administers Contoso London: Emma works there, Grace in Manchester only,
 * Mona in both. Out-of-scope ids answer 404 exactly like missing ones.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class LocationScopeIT {

    private static final String LONDON_ADMIN = "pa.contoso.london";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aLocationAdminSeesOnlyTheirLocationAndItsPeople() {
        as(LONDON_ADMIN).get(V1 + "/locations").then().statusCode(200).body("name", equalTo(List.of("Contoso London")));
        as(LONDON_ADMIN).get(V1 + "/people").then().statusCode(200)
                .body("username", hasItems("emma", "mona", "pa.contoso", LONDON_ADMIN))
                .body("username", not(hasItem("grace"))).body("username", not(hasItem("hugo")))
                .body("username", not(hasItem("alice")));
        as(LONDON_ADMIN).get(V1 + "/me").then().body("administeredLocations", equalTo(List.of("Contoso London")));
    }

    @Test
    void aPersonOnlyAtAnotherLocationIsNotFound() {
        long grace = personId("pa.contoso", "grace");
        long manchester = locationId("pa.contoso", "Contoso Manchester");
        long london = locationId("pa.contoso", "Contoso London");

        as(LONDON_ADMIN).get(V1 + "/people/" + grace).then().statusCode(404).body("detail", containsString("Person " + grace));
        as(LONDON_ADMIN).post(V1 + "/people/" + grace + "/deactivation").then().statusCode(404);
        as(LONDON_ADMIN).body(change("SALES_REP", List.of(london), List.of("LEARNER"))).put(V1 + "/people/" + grace)
                .then().statusCode(404);
        // Adding someone at Manchester, or with Grace as manager: the location and the person do not exist for him.
        as(LONDON_ADMIN).body(newPerson(List.of(manchester), List.of("LEARNER"))).post(V1 + "/people")
                .then().statusCode(404).body("detail", containsString("Location " + manchester));
        var graceManaged = newPerson(List.of(london), List.of("LEARNER"));
        graceManaged.put("managerId", grace);
        as(LONDON_ADMIN).body(graceManaged).post(V1 + "/people").then().statusCode(404);
        as(LONDON_ADMIN).body(location("Somewhere")).put(V1 + "/locations/" + manchester).then().statusCode(404);

        as("pa.contoso").get(V1 + "/people/" + grace).then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void aPersonAtTwoLocationsIsVisibleToTheAdminsOfBoth() {
        long manchester = locationId("pa.contoso", "Contoso Manchester");
        long london = locationId("pa.contoso", "Contoso London");
        long mona = personId("pa.contoso", "mona");
        long emma = personId("pa.contoso", "emma");
        // The whole-partner admin makes a Manchester admin.
        var body = newPerson(List.of(manchester), List.of("LEARNER", "PARTNER_ADMIN"));
        String manchesterAdmin = (String) body.get("username");
        long id = ((Number) as("pa.contoso").body(body).post(V1 + "/people").then().statusCode(201).extract().path("id")).longValue();
        var scoped = change("MANAGER", List.of(manchester), List.of("LEARNER", "PARTNER_ADMIN"));
        scoped.put("administeredLocationIds", List.of(manchester));
        as("pa.contoso").body(scoped).put(V1 + "/people/" + id).then().statusCode(200)
                .body("administeredLocations", equalTo(List.of("Contoso Manchester")));

        asNew(manchesterAdmin).get(V1 + "/people/" + mona).then().statusCode(200);
        as(LONDON_ADMIN).get(V1 + "/people/" + mona).then().statusCode(200);
        asNew(manchesterAdmin).get(V1 + "/people/" + emma).then().statusCode(404);
        asNew(manchesterAdmin).get(V1 + "/locations").then().body("name", equalTo(List.of("Contoso Manchester")));

        // The London admin changes Mona at London; her Manchester location is not his to take away.
        var monaChange = change("PRE_SALES_ENGINEER", List.of(london), List.of("LEARNER"));
        as(LONDON_ADMIN).body(monaChange).put(V1 + "/people/" + mona).then().statusCode(200)
                .body("locations", equalTo(List.of("Contoso London", "Contoso Manchester")));
    }

    @Test
    void aLocationAdminManagesLearnersAndTrainersButNotAdminsOrLocations() {
        long london = locationId("pa.contoso", "Contoso London");
        // A learner at London: fine. Making someone a partner admin, deactivating the whole-partner admin,
        // widening one's own scope, adding a location: only an admin of the whole partner may.
        as(LONDON_ADMIN).body(newPerson(List.of(london), List.of("LEARNER", "TRAINER"))).post(V1 + "/people")
                .then().statusCode(201).body("locations", equalTo(List.of("Contoso London")));
        as(LONDON_ADMIN).body(newPerson(List.of(london), List.of("PARTNER_ADMIN"))).post(V1 + "/people")
                .then().statusCode(422).body("detail", containsString("whole partner"));
        as(LONDON_ADMIN).post(V1 + "/people/" + personId("pa.contoso", "pa.contoso") + "/deactivation")
                .then().statusCode(422);
        var widen = change("MANAGER", List.of(london), List.of("LEARNER", "PARTNER_ADMIN"));
        widen.put("administeredLocationIds", List.of());
        as(LONDON_ADMIN).body(widen).put(V1 + "/people/" + personId("pa.contoso", LONDON_ADMIN)).then().statusCode(422);
        var newLocation = location("Contoso Leeds");
        as(LONDON_ADMIN).body(newLocation).post(V1 + "/locations").then().statusCode(422);

        as(LONDON_ADMIN).get(V1 + "/locations").then().body("name", equalTo(List.of("Contoso London")));
        as("pa.contoso").get(V1 + "/people/" + personId("pa.contoso", "pa.contoso")).then().body("active", equalTo(true));
        var brands = as(LONDON_ADMIN).get(V1 + "/locations").then().extract().<List<Number>>path("[0].brandIds");
        var same = location("Contoso London");
        same.put("city", "London");
        same.put("country", "GB");
        same.put("brandIds", brands);
        as(LONDON_ADMIN).body(same).put(V1 + "/locations/" + london).then().statusCode(200)
                .body("brands", hasItem("Core Platform"));
    }

    @Test
    void anImportIntoALocationOutsideTheScopeIsRefusedRowByRow() {
        String csv = """
                username,displayName,email,position,locations,roles,initialPassword
                it.scope.ok.%1$s,Ok Person,it.scope.ok.%1$s@example.com,Sales rep,Contoso London,LEARNER,change-me-please
                it.scope.mx.%1$s,Far Person,it.scope.mx.%1$s@example.com,Sales rep,Contoso Manchester,LEARNER,change-me-please
                it.scope.ad.%1$s,Boss Person,it.scope.ad.%1$s@example.com,Manager,Contoso London,PARTNER_ADMIN,change-me-please
                it.scope.mg.%1$s,Grace Report,it.scope.mg.%1$s@example.com,Sales rep,Contoso London,LEARNER,change-me-please,grace
                """.formatted(org.partneracademy.it.support.Network.suffix());
        String withManagerColumn = csv.replaceFirst("initialPassword\n", "initialPassword,manager\n");

        as(LONDON_ADMIN).contentType("text/csv").body(withManagerColumn).post(V1 + "/people/import")
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("rows[2].locations", "rows[3].roles", "rows[4].manager")))
                .body("errors[0].message", containsString("locations you administer"));
        as("pa.contoso").get(V1 + "/people").then().body("username", not(hasItem(containsString("it.scope."))));
    }

    private static Map<String, Object> location(String name) {
        var location = new HashMap<String, Object>();
        location.put("name", name);
        location.put("brandIds", List.of());
        return location;
    }
}
