package org.partneracademy.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.filter.cookie.CookieFilter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.RealEar;

/**
 * Camunda Cockpit, served from the same EAR, sees the embedded engine and its models, and only vendor
 * admins can sign in to it with their application password.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class CockpitIT {

    private static final String CAMUNDA = RealEar.BASE_URL + "/camunda";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aVendorAdminSignsInAndSeesTheDeployedProcesses() {
        var session = new CookieFilter();
        given().filter(session).get(CAMUNDA + "/app/cockpit/default/").then().statusCode(200);
        signIn(session, "admin", RealEar.DEMO_PASSWORD).then().statusCode(200).body("userId", equalTo("admin"));

        given().filter(session).accept("application/json")
                .get(CAMUNDA + "/api/engine/engine/default/process-definition?latestVersion=true")
                .then().statusCode(200).body("key", hasItem("enrollment"));
    }

    @Test
    void learnersAndWrongPasswordsAreRefused() {
        signIn(new CookieFilter(), "alice", RealEar.DEMO_PASSWORD).then().statusCode(401);
        signIn(new CookieFilter(), "admin", "wrong-password").then().statusCode(401);
        given().accept("application/json").get(CAMUNDA + "/api/engine/engine/default/process-definition")
                .then().statusCode(401);
    }

    @Test
    void theFirstAdministratorSetupIsClosed() {
        var session = new CookieFilter();
        given().filter(session).get(CAMUNDA + "/app/admin/default/").then().statusCode(200);
        given().filter(session).contentType("application/json")
                .header("X-XSRF-TOKEN", xsrf(session))
                .body("{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@example.com\"},"
                        + "\"credentials\":{\"password\":\"intruder-password-1\"}}")
                .post(CAMUNDA + "/api/admin/setup/default/user/create")
                .then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        signIn(new CookieFilter(), "intruder", "intruder-password-1").then().statusCode(401);
    }

    private static io.restassured.response.Response signIn(CookieFilter session, String user, String password) {
        given().filter(session).get(CAMUNDA + "/app/cockpit/default/");
        return given().filter(session).header("X-XSRF-TOKEN", xsrf(session)).accept("application/json")
                .formParam("username", user).formParam("password", password)
                .post(CAMUNDA + "/api/admin/auth/user/default/login/cockpit");
    }

    private static String xsrf(CookieFilter session) {
        var cookie = session.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst();
        return cookie.map(org.apache.http.cookie.Cookie::getValue).orElse("");
    }
}
