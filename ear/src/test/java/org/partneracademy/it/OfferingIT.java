package org.partneracademy.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.Api;
import org.partneracademy.it.support.RealEar;

/** Offerings and their list prices over REST: add, reprice, read, and every bad input refused without a trace. */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class OfferingIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aVendorAdminAddsAndRepricesOfferingsAndLearnersReadThem() {
        long id = ((Number) Api.publishedCourse("Only").path("id")).longValue();

        as("alice").get(V1 + "/courses/" + id + "/offerings").then().statusCode(200)
                .body("kind", equalTo(List.of("PUBLIC"))).body("[0].listPrice", equalTo(149.0f)).body("[0].currency", equalTo("EUR"));

        int onsite = as("admin").body(Map.of("kind", "ONSITE", "listPrice", "3500.50", "currency", "USD"))
                .post(V1 + "/courses/" + id + "/offerings").then().statusCode(201)
                .header("Location", containsString("/courses/" + id + "/offerings/"))
                .body("kind", equalTo("ONSITE")).body("listPrice", equalTo(3500.5f)).extract().path("id");
        as("admin").body(Map.of("kind", "CUSTOMER_TRAINING", "listPrice", "0", "currency", "GBP"))
                .post(V1 + "/courses/" + id + "/offerings").then().statusCode(201);

        as("admin").body(Map.of("listPrice", "3900.00", "currency", "CHF"))
                .put(V1 + "/courses/" + id + "/offerings/" + onsite).then().statusCode(200)
                .body("listPrice", equalTo(3900.0f)).body("currency", equalTo("CHF"));

        as("bob").get(V1 + "/courses/" + id).then().statusCode(200)
                .body("offerings.kind", hasItems("PUBLIC", "ONSITE", "CUSTOMER_TRAINING"))
                .body("listPrice", equalTo(149.0f));
    }

    @Test
    void badOfferingsAreRefusedAndWriteNothing() {
        long id = ((Number) Api.publishedCourse("Only").path("id")).longValue();

        // Bad input: a negative price.
        as("admin").body(Map.of("kind", "PRIVATE", "listPrice", "-1.00", "currency", "EUR"))
                .post(V1 + "/courses/" + id + "/offerings").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("listPrice"));
        // Bad inputs: currency "EURO", an unassigned code "XYZ", lower case "eur".
        for (String currency : List.of("EURO", "XYZ", "eur")) {
            as("admin").body(Map.of("kind", "PRIVATE", "listPrice", "10.00", "currency", currency))
                    .post(V1 + "/courses/" + id + "/offerings").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.find { it.field == 'currency' }.message", equalTo("must be a three-letter ISO 4217 code such as EUR"));
        }
        // Bad inputs: three decimals, no kind, an unknown kind.
        as("admin").body(Map.of("kind", "PRIVATE", "listPrice", "10.001", "currency", "EUR"))
                .post(V1 + "/courses/" + id + "/offerings").then().statusCode(400).body("errors.field", hasItem("listPrice"));
        as("admin").body(Map.of("listPrice", "10.00", "currency", "EUR"))
                .post(V1 + "/courses/" + id + "/offerings").then().statusCode(400).body("errors.field", hasItem("kind"));
        as("admin").body(Map.of("kind", "WHOLESALE", "listPrice", "10.00", "currency", "EUR"))
                .post(V1 + "/courses/" + id + "/offerings").then().statusCode(400).contentType(PROBLEM);
        // A second PUBLIC offering: conflict.
        as("admin").body(Map.of("kind", "PUBLIC", "listPrice", "10.00", "currency", "EUR"))
                .post(V1 + "/courses/" + id + "/offerings").then().statusCode(409).contentType(PROBLEM);

        int publicId = as("admin").get(V1 + "/courses/" + id + "/offerings").then().extract().path("[0].id");
        // Repricing with a negative price or "EURO", an offering of another course, a missing course.
        as("admin").body(Map.of("listPrice", "-5", "currency", "EUR")).put(V1 + "/courses/" + id + "/offerings/" + publicId)
                .then().statusCode(400).body("errors.field", hasItem("listPrice"));
        as("admin").body(Map.of("listPrice", "5", "currency", "EURO")).put(V1 + "/courses/" + id + "/offerings/" + publicId)
                .then().statusCode(400).body("errors.field", hasItem("currency"));
        long other = ((Number) Api.draftCourse("Other").path("id")).longValue();
        as("admin").body(Map.of("listPrice", "5", "currency", "EUR")).put(V1 + "/courses/" + other + "/offerings/" + publicId)
                .then().statusCode(404).contentType(PROBLEM);
        as("admin").body(Map.of("kind", "PRIVATE", "listPrice", "10.00", "currency", "EUR"))
                .post(V1 + "/courses/999999999/offerings").then().statusCode(404).contentType(PROBLEM);

        as("admin").get(V1 + "/courses/" + id + "/offerings").then().statusCode(200)
                .body("kind", equalTo(List.of("PUBLIC"))).body("[0].listPrice", equalTo(149.0f)).body("[0].currency", equalTo("EUR"));
    }

    @Test
    void aDraftsOfferingsAreTheVendorAdminsOnly() {
        long draft = ((Number) Api.draftCourse("Only").path("id")).longValue();
        as("alice").get(V1 + "/courses/" + draft + "/offerings").then().statusCode(404).contentType(PROBLEM);
        as("admin").get(V1 + "/courses/" + draft + "/offerings").then().statusCode(200).body("kind", equalTo(List.of("PUBLIC")));
    }

    @Test
    void theDemoCoursesAreSoldPubliclyAtTheirListPrice() {
        as("alice").get(V1 + "/courses/1/offerings").then().statusCode(200)
                .body("find { it.kind == 'PUBLIC' }.listPrice", equalTo(149.0f));
    }
}
