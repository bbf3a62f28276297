package org.partneracademy.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.RealEar;

/** The assembled EAR starts on the provisioned WildFly against MariaDB, and reports itself healthy. */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class DeploymentIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    /**
     * WildFly's own probes: the EAR reaches "OK" only after the schema migrated, the mappings validated
     * and the workflow engine started, since those run in start-up beans that fail the deployment.
     */
    @Test
    void healthEndpointsReportTheApplicationReadyAndLive() {
        given().when().get("http://localhost:9990/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'deployments-status' }.data.'partner-academy.ear'", equalTo("OK"));
        given().when().get("http://localhost:9990/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        given().accept("application/yaml").when().get(RealEar.BASE_URL + "/api/openapi")
                .then().statusCode(200)
                .body(containsString("/api/v1/enrollments"))
                .body(containsString("Partner Academy API"));
    }

    @Test
    void loginPageIsPublic() {
        given().redirects().follow(false).when().get(RealEar.BASE_URL + "/login.xhtml")
                .then().statusCode(200)
                .body(containsString("Sign in"));
    }
}
