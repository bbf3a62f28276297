package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.Network.brandId;
import static org.partneracademy.it.support.Network.change;
import static org.partneracademy.it.support.Network.locationId;
import static org.partneracademy.it.support.Network.newPartner;
import static org.partneracademy.it.support.Network.newPerson;
import static org.partneracademy.it.support.Network.personId;
import static org.partneracademy.it.support.Network.suffix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.RealEar;

/**
 * The vendor admin's partner network over REST: tiers, brands, partners, locations with brands, and
 * people changed by their admins. Each bad input is named in the test that sends it.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class PartnerNetworkIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    /** The directory pages in the database when asked: search by name, count and links in headers; bad size 400. */
    @Test
    void theDirectoryPagesAndSearchesInTheDatabase() {
        as("admin").queryParam("q", "Contoso").queryParam("size", 1).get(V1 + "/partners").then().statusCode(200)
                .header("X-Total-Count", equalTo("1")).body("name", equalTo(List.of("Contoso Training")));
        var firstTwo = as("admin").queryParam("size", 2).get(V1 + "/partners").then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).extract().<List<String>>path("name");
        assertThat(firstTwo).hasSize(2);
        as("admin").queryParam("size", 0).get(V1 + "/partners").then().statusCode(400)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void theVendorAdminAddsRenamesAndRelevelsTiersAndDuplicatesConflict() {
        String code = "IT-" + suffix();
        int level = ThreadLocalRandom.current().nextInt(1000, 1_000_000);
        as("admin").body(Map.of("code", code, "name", "Tier " + code, "level", level)).post(V1 + "/tiers")
                .then().statusCode(201).header("Location", containsString("/api/v1/tiers/" + code))
                .body("partners", equalTo(0));
        as("admin").get(V1 + "/tiers").then().statusCode(200)
                .body("code", hasItems("Registered", "Silver", "Gold", "Platinum", code))
                .body("[0].code", equalTo("Registered"));

        // Duplicate code, name (case differs) and level: 409 naming what is taken.
        as("admin").body(Map.of("code", code, "name", "Another " + code, "level", level + 1)).post(V1 + "/tiers")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("code " + code));
        as("admin").body(Map.of("code", code + "b", "name", "gold", "level", level + 1)).post(V1 + "/tiers")
                .then().statusCode(409).body("detail", containsString("tier Gold"));
        as("admin").body(Map.of("code", code + "b", "name", "Unused " + code, "level", 3)).post(V1 + "/tiers")
                .then().statusCode(409).body("detail", containsString("Level 3 is already the level of tier Gold"));
        // Blank code, blank name, level 0 and a code with spaces: 400 per field.
        as("admin").body(Map.of("code", "", "name", " ", "level", 0)).post(V1 + "/tiers")
                .then().statusCode(400).body("errors.field", hasItems("code", "name", "level"));
        as("admin").body(Map.of("code", "has space", "name", "Spaced " + code, "level", level + 2)).post(V1 + "/tiers")
                .then().statusCode(400).body("errors.field", hasItem("code"));

        as("admin").body(Map.of("name", "Renamed " + code, "level", level + 3)).put(V1 + "/tiers/" + code)
                .then().statusCode(200).body("name", equalTo("Renamed " + code)).body("level", equalTo(level + 3));
        as("admin").body(Map.of("name", "Renamed " + code, "level", 4)).put(V1 + "/tiers/" + code)
                .then().statusCode(409).body("detail", containsString("Platinum"));
        as("admin").body(Map.of("name", "Platinum", "level", level + 3)).put(V1 + "/tiers/" + code)
                .then().statusCode(409);
        as("admin").body(Map.of("name", "Nobody", "level", level + 4)).put(V1 + "/tiers/NO-SUCH-TIER")
                .then().statusCode(404).contentType(PROBLEM);
        as("admin").get(V1 + "/tiers").then().body("find { it.code == '" + code + "' }.level", equalTo(level + 3));
    }

    @Test
    void theVendorAdminAddsAndRenamesBrandsWhichEveryoneMayRead() {
        String code = "IT_" + suffix().toUpperCase();
        long id = ((Number) as("admin").body(Map.of("code", code, "name", "Brand " + code)).post(V1 + "/brands")
                .then().statusCode(201).body("code", equalTo(code)).extract().path("id")).longValue();
        as("alice").get(V1 + "/brands").then().statusCode(200).body("code", hasItems(code, "CORE", "CLOUD"));

        // Same code; the name of the demo brand CORE; a lower-case code with a space: refused, nothing added.
        as("admin").body(Map.of("code", code, "name", "Other " + code)).post(V1 + "/brands").then().statusCode(409)
                .body("detail", containsString("code " + code));
        as("admin").body(Map.of("code", code + "X", "name", "Core Platform")).post(V1 + "/brands").then().statusCode(409)
                .body("detail", containsString("brand CORE"));
        as("admin").body(Map.of("code", "bad code", "name", "")).post(V1 + "/brands").then().statusCode(400)
                .body("errors.field", hasItems("code", "name"));

        as("admin").body(Map.of("name", "Renamed " + code)).put(V1 + "/brands/" + id).then().statusCode(200)
                .body("name", equalTo("Renamed " + code)).body("code", equalTo(code));
        as("admin").body(Map.of("name", "Cloud Edge")).put(V1 + "/brands/" + id).then().statusCode(409);
        as("admin").body(Map.of("name", "Anything")).put(V1 + "/brands/987654321").then().statusCode(404);
        as("alice").get(V1 + "/brands").then().body("code", not(hasItem(code + "X")));
    }

    @Test
    void theVendorAdminAddsAndChangesPartners() {
        String name = "IT Partner " + suffix();
        var created = as("admin").body(Map.of("name", name, "type", "REFERRAL", "tier", "Registered"))
                .post(V1 + "/partners").then().statusCode(201).header("Location", containsString("/api/v1/partners/"))
                .body("type", equalTo("REFERRAL")).body("tier", equalTo("Registered"))
                .body("locations", equalTo(List.of())).body("agreements", equalTo(List.of()))
                .extract();
        long id = ((Number) created.path("id")).longValue();
        as("admin").get(V1 + "/partners").then().body("find { it.name == '" + name + "' }.agreementModel", nullValue());

        as("admin").body(Map.of("name", name, "type", "TRAINING_PARTNER", "tier", "Gold")).put(V1 + "/partners/" + id)
                .then().statusCode(200).body("type", equalTo("TRAINING_PARTNER")).body("tierName", equalTo("Gold"));

        // A name already taken, an unknown tier, an unknown type, nothing at all, a partner that does not exist.
        as("admin").body(Map.of("name", "Contoso Training", "type", "OEM", "tier", "Gold")).post(V1 + "/partners")
                .then().statusCode(409).body("detail", containsString("Contoso Training"));
        as("admin").body(Map.of("name", "Contoso Training", "type", "OEM", "tier", "Gold")).put(V1 + "/partners/" + id)
                .then().statusCode(409);
        as("admin").body(Map.of("name", name + "x", "type", "OEM", "tier", "Diamond")).post(V1 + "/partners")
                .then().statusCode(404).body("detail", containsString("Tier Diamond"));
        as("admin").body(Map.of("name", name + "y", "type", "PIRATE", "tier", "Gold")).post(V1 + "/partners")
                .then().statusCode(400).contentType(PROBLEM);
        as("admin").body("{}").post(V1 + "/partners").then().statusCode(400)
                .body("errors.field", hasItems("name", "type", "tier"));
        as("admin").get(V1 + "/partners/987654321").then().statusCode(404);
        as("admin").get(V1 + "/partners").then().body("name", not(hasItems(name + "x", name + "y")));
    }

    @Test
    void adminsAddLocationsWithBrandsAndChangeThem() {
        long partner = newPartner("RESELLER");
        long core = brandId("CORE");
        long cloud = brandId("CLOUD");
        var body = location(partner, "IT Berlin", List.of(core, cloud));
        long location = ((Number) as("admin").body(body).post(V1 + "/locations").then().statusCode(201)
                .body("brands", equalTo(List.of("Cloud Edge", "Core Platform"))).body("partnerId", equalTo((int) partner))
                .extract().path("id")).longValue();
        as("admin").get(V1 + "/partners/" + partner).then().body("locations.name", equalTo(List.of("IT Berlin")));

        // The same name at the same partner; an unknown brand; a country name instead of a code; no partner named.
        as("admin").body(body).post(V1 + "/locations").then().statusCode(409).body("detail", containsString("IT Berlin"));
        as("admin").body(location(partner, "IT Hamburg", List.of(987654321L))).post(V1 + "/locations")
                .then().statusCode(404).body("detail", containsString("Brand"));
        var germany = location(partner, "IT Munich", List.of());
        germany.put("country", "Germany");
        as("admin").body(germany).post(V1 + "/locations").then().statusCode(400).body("errors.field", hasItem("country"));
        as("admin").body(location(null, "IT Cologne", List.of())).post(V1 + "/locations")
                .then().statusCode(422).body("detail", containsString("partnerId"));
        as("admin").get(V1 + "/partners/" + partner).then().body("locations.name", equalTo(List.of("IT Berlin")));

        as("admin").body(location(null, "IT Berlin Mitte", List.of(core))).put(V1 + "/locations/" + location)
                .then().statusCode(200).body("name", equalTo("IT Berlin Mitte")).body("brands", equalTo(List.of("Core Platform")));

        // A partner admin adds to their own partner, whatever partnerId they send, and changes only their own.
        String name = "Adventure Works IT " + suffix();
        long own = ((Number) as("pa.adventure").body(location(null, name, List.of(core))).post(V1 + "/locations")
                .then().statusCode(201).body("partnerName", equalTo("Adventure Works OEM")).extract().path("id")).longValue();
        as("pa.adventure").body(location(partner, name + " 2", List.of())).post(V1 + "/locations").then().statusCode(404);
        as("pa.adventure").body(location(null, "Taken over", List.of())).put(V1 + "/locations/" + location)
                .then().statusCode(404);
        as("pa.adventure").body(location(null, name, List.of(core, cloud))).put(V1 + "/locations/" + own)
                .then().statusCode(200).body("brands", hasItems("Core Platform", "Cloud Edge"));
        as("pa.contoso").get(V1 + "/locations").then().body("name", not(hasItem(name)));
    }

    @Test
    void aPartnerAdminChangesAPersonsJobLocationsManagerAndRoles() {
        long lyon = locationId("pa.fabrikam", "Fabrikam Lyon");
        long paris = locationId("pa.fabrikam", "Fabrikam Paris");
        long manager = personId("pa.fabrikam", "pa.fabrikam");
        var body = newPerson(List.of(lyon), List.of("LEARNER"));
        long id = ((Number) as("pa.fabrikam").body(body).post(V1 + "/people").then().statusCode(201).extract().path("id")).longValue();

        var change = change("SERVICE_TECHNICIAN", List.of(lyon, paris), List.of("LEARNER", "TRAINER"));
        change.put("persona", "Field engineer");
        change.put("managerId", manager);
        as("pa.fabrikam").body(change).put(V1 + "/people/" + id).then().statusCode(200)
                .body("position", equalTo("SERVICE_TECHNICIAN")).body("persona", equalTo("Field engineer"))
                .body("locations", equalTo(List.of("Fabrikam Lyon", "Fabrikam Paris")))
                .body("managerUsername", equalTo("pa.fabrikam")).body("roles", hasItems("LEARNER", "TRAINER"));

        // Oneself as manager, a manager who reports to the person, another partner's location, no roles,
        // a vendor role, another partner's admin, and an admin taking away their own admin role.
        var selfManaged = change("SALES_REP", List.of(lyon), List.of("LEARNER"));
        selfManaged.put("managerId", id);
        as("pa.fabrikam").body(selfManaged).put(V1 + "/people/" + id).then().statusCode(422);
        long report = ((Number) as("pa.fabrikam").body(withManager(newPerson(List.of(lyon), List.of("LEARNER")), id))
                .post(V1 + "/people").then().statusCode(201).extract().path("id")).longValue();
        var cycle = change("SALES_REP", List.of(lyon), List.of("LEARNER"));
        cycle.put("managerId", report);
        as("pa.fabrikam").body(cycle).put(V1 + "/people/" + id).then().statusCode(422)
                .body("detail", containsString("report"));
        as("pa.fabrikam").body(change("SALES_REP", List.of(locationId("pa.contoso", "Contoso London")), List.of("LEARNER")))
                .put(V1 + "/people/" + id).then().statusCode(404).body("detail", containsString("Location"));
        as("pa.fabrikam").body(change("SALES_REP", List.of(lyon), List.of())).put(V1 + "/people/" + id)
                .then().statusCode(400).body("errors.field", hasItem("roles"));
        as("pa.fabrikam").body(change("SALES_REP", List.of(lyon), List.of("VENDOR_ADMIN"))).put(V1 + "/people/" + id)
                .then().statusCode(422);
        as("pa.contoso").body(change("SALES_REP", List.of(lyon), List.of("LEARNER"))).put(V1 + "/people/" + id)
                .then().statusCode(404);
        as("pa.fabrikam").body(change("MANAGER", List.of(lyon), List.of("LEARNER"))).put(V1 + "/people/" + manager)
                .then().statusCode(422).body("detail", containsString("own partner admin role"));

        as("pa.fabrikam").get(V1 + "/people/" + id).then().body("position", equalTo("SERVICE_TECHNICIAN"))
                .body("locations", equalTo(List.of("Fabrikam Lyon", "Fabrikam Paris")));
        assertThat(as("pa.fabrikam").get(V1 + "/people/" + manager).then().extract().<List<String>>path("roles"))
                .contains("PARTNER_ADMIN");
    }

    private static Map<String, Object> withManager(Map<String, Object> person, long managerId) {
        person.put("managerId", managerId);
        return person;
    }

    private static Map<String, Object> location(Long partnerId, String name, List<Long> brandIds) {
        var location = new HashMap<String, Object>();
        location.put("partnerId", partnerId);
        location.put("name", name);
        location.put("city", "Berlin");
        location.put("country", "DE");
        location.put("brandIds", brandIds);
        return location;
    }
}
