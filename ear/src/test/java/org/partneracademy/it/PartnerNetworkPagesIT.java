package org.partneracademy.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partneracademy.it.support.RealEar;

/**
 * The partner-network pages over plain HTTP: who may open them, and what the vendor admin, a partner
 * admin and a location admin see there.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class PartnerNetworkPagesIT {

    private static final String TIERS = "/admin/tiers.xhtml";
    private static final String BRANDS = "/admin/brands.xhtml";
    private static final String PARTNER = "/admin/partner.xhtml?id=2";
    private static final String LOCATIONS = "/partner/locations.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @ParameterizedTest
    @ValueSource(strings = {TIERS, BRANDS, PARTNER, LOCATIONS})
    void signedOutVisitorsAreSentToTheLoginPage(String page) {
        page(given(), page).then().statusCode(302).header("Location", endsWith("/login.xhtml"));
    }

    @ParameterizedTest
    @CsvSource({"alice," + TIERS, "alice," + BRANDS, "alice," + PARTNER, "alice," + LOCATIONS,
            "pa.contoso," + TIERS, "pa.contoso," + BRANDS, "pa.contoso," + PARTNER, "admin," + LOCATIONS,
            "leader," + PARTNER})
    void otherRolesAreRefused(String user, String page) {
        page(as(user), page).then().statusCode(403).body(containsString("<h1>Access denied</h1>"));
    }

    @Test
    void theVendorAdminSeesTiersBrandsAndAPartnersAgreementsAndLocations() {
        page(as("admin"), TIERS).then().statusCode(200).body(containsString("<h1>Partner tiers</h1>"))
                .body(containsString("Platinum"));
        page(as("admin"), BRANDS).then().statusCode(200).body(containsString("Core Platform"));
        page(as("admin"), PARTNER).then().statusCode(200).body(containsString("<h1>Contoso Training</h1>"))
                .body(containsString("Revenue share")).body(containsString("Content licensing"))
                .body(containsString("12000.00 EUR per year")).body(containsString("Contoso Manchester"));
        page(as("admin"), "/admin/partner.xhtml?id=987654321").then().statusCode(200)
                .body(containsString("This partner does not exist."));
    }

    @Test
    void aLocationAdminSeesOnlyTheirLocation() {
        page(as("pa.contoso.london"), LOCATIONS).then().statusCode(200).body(containsString("<h1>Locations</h1>"))
                .body(containsString("Contoso London")).body(not(containsString("Contoso Manchester")));
        page(as("pa.contoso"), LOCATIONS).then().statusCode(200).body(containsString("Contoso Manchester"))
                .body(not(containsString("Northwind")));
    }

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, RealEar.DEMO_PASSWORD);
    }

    private static Response page(RequestSpecification request, String path) {
        return request.redirects().follow(false).accept("text/html").get(RealEar.BASE_URL + path);
    }
}
