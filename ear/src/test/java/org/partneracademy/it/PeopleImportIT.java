package org.partneracademy.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.partneracademy.it.support.Api.V1;

import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.RealEar;

/** People imported from CSV: all rows or none, every problem reported by row and column. */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class PeopleImportIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String HEADER = "username,displayName,email,position,locations,roles,initialPassword,persona,manager\n";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aGoodFileAddsEveryoneWhoCanThenSignIn() {
        String a = unique("ana");
        String b = unique("ben");
        String csv = HEADER
                + a + ",Ana Importé," + a + "@example.com,Sales rep,Contoso London;Contoso Manchester,LEARNER,import-password-1,Hunter,pa.contoso\n"
                + b + ",\"Ben, Jr.\"," + b + "@example.com,SERVICE_TECHNICIAN,Contoso Manchester,LEARNER;TRAINER,import-password-2,,\n";

        upload("pa.contoso", csv.getBytes(StandardCharsets.UTF_8)).then().statusCode(200)
                .body("created", equalTo(2))
                .body("people.username", equalTo(List.of(a, b)))
                .body("people[0].displayName", equalTo("Ana Importé"))
                .body("people[0].managerUsername", equalTo("pa.contoso"))
                .body("people[1].roles", hasItems("LEARNER", "TRAINER"));

        given().auth().preemptive().basic(b, "import-password-2").get(V1 + "/me").then().statusCode(200);
    }

    @Test
    void everyProblemOfEveryRowIsReportedAndNothingIsWritten() {
        int before = peopleCount();
        String dup = unique("dup");
        String csv = HEADER
                + dup + ",Dup One," + dup + "@example.com,SALES_REP,Contoso London,LEARNER,import-password-1,,\n"
                + unique("two") + ",Dup Two," + dup + "@example.com,SALES_REP,Contoso London,LEARNER,import-password-1,,\n"
                + "emma,Emma Again," + unique("e") + "@example.com,SALES_REP,Northwind Berlin,LEARNER,import-password-1,,\n"
                + unique("bad") + ",Bad Row,not-an-email,ASTRONAUT,Contoso London,LEARNER;VENDOR_ADMIN_X,short,,nobody\n"
                + unique("vnd") + ",Vendor Role," + unique("v") + "@example.com,SALES_REP,Contoso London,VENDOR_ADMIN,import-password-1,,\n";

        upload("pa.contoso", csv.getBytes(StandardCharsets.UTF_8)).then().statusCode(422).contentType(PROBLEM)
                .body("title", equalTo("Import rejected"))
                .body("errors.field", hasItems("rows[2].email", "rows[3].username", "rows[3].locations",
                        "rows[4].email", "rows[4].position", "rows[4].roles", "rows[4].initialPassword", "rows[4].manager",
                        "rows[5].row"));

        assertThat(peopleCount()).isEqualTo(before);
    }

    @Test
    void filesThatAreNotUtf8CsvWithTheColumnsAreRefused() {
        int before = peopleCount();
        byte[] latin1 = (HEADER + unique("l") + ",Zoë Latin," + unique("l") + "@example.com,SALES_REP,Contoso London,LEARNER,import-password-1,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        upload("pa.contoso", latin1).then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("rows[0].file")).body("errors[0].message", containsString("UTF-8"));
        upload("pa.contoso", "username,email\nx,x@example.com\n".getBytes(StandardCharsets.UTF_8)).then().statusCode(422)
                .body("errors[0].message", containsString("initialPassword"));
        upload("pa.contoso", new byte[0]).then().statusCode(422);

        assertThat(peopleCount()).isEqualTo(before);
    }

    @Test
    void anotherPartnersLocationsAndPeopleAreUnknownToTheImport() {
        String csv = HEADER + unique("x") + ",X," + unique("x") + "@example.com,SALES_REP,Northwind Berlin,LEARNER,import-password-1,,alice\n";

        upload("pa.contoso", csv.getBytes(StandardCharsets.UTF_8)).then().statusCode(422)
                .body("errors.field", hasItems("rows[1].locations", "rows[1].manager"));
        given().auth().preemptive().basic("pa.contoso", RealEar.DEMO_PASSWORD).contentType("text/csv").body(csv)
                .post(V1 + "/people/import?partnerId=1").then().statusCode(404);
    }

    private static io.restassured.response.Response upload(String admin, byte[] csv) {
        return asAdmin(admin).contentType("text/csv").body(csv).post(V1 + "/people/import");
    }

    private static RequestSpecification asAdmin(String admin) {
        return given().auth().preemptive().basic(admin, RealEar.DEMO_PASSWORD).accept("application/json");
    }

    private static int peopleCount() {
        return asAdmin("pa.contoso").get(V1 + "/people").then().extract().<List<Object>>path("id").size();
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
