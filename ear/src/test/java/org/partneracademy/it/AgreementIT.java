package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.Network.newPartner;

import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.RealEar;

/**
 * Agreements: each model with its own terms, validity dates in order, and never two agreements of a
 * partner in force on the same day — also when many requests arrive at once.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class AgreementIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void eachModelIsRecordedWithItsOwnTerms() {
        long partner = newPartner("TRAINING_PARTNER");
        add(partner, terms("RESELLER", "2030-01-01", "2030-12-31", Map.of("discountPercent", 15)))
                .then().statusCode(201).header("Location", containsString("/agreements/"))
                .body("discountPercent", amount("15")).body("currency", equalTo(null));
        add(partner, terms("CONTENT_LICENSING", "2031-01-01", "2031-12-31", Map.of("annualFee", "12000.00", "currency", "EUR")))
                .then().statusCode(201).body("annualFee", amount("12000"));
        add(partner, terms("PAY_PER_DELIVERY", "2032-01-01", "2032-12-31", Map.of("dayRate", "950", "currency", "USD")))
                .then().statusCode(201).body("dayRate", amount("950"));
        add(partner, terms("REVENUE_SHARE", "2033-01-01", null, Map.of("revenueSharePercent", "30.5")))
                .then().statusCode(201).body("validTo", equalTo(null))
                .body("revenueSharePercent", amount("30.5"));

        as("admin").get(V1 + "/partners/" + partner + "/agreements").then().statusCode(200)
                .body("model", equalTo(List.of("REVENUE_SHARE", "PAY_PER_DELIVERY", "CONTENT_LICENSING", "RESELLER")));
    }

    @Test
    void termsThatDoNotFitTheModelAndDatesOutOfOrderAreRefused() {
        long partner = newPartner("TRAINING_PARTNER");
        // Reseller without its discount; reseller with a licence fee; licence without currency; a negative
        // day rate; a revenue share of 150 %; valid to before valid from; "euro" as a currency; no model.
        add(partner, terms("RESELLER", "2030-01-01", null, Map.of())).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("discountPercent"))
                .body("errors.message", hasItem(containsString("required for a RESELLER agreement")));
        add(partner, terms("RESELLER", "2030-01-01", null, Map.of("discountPercent", 10, "annualFee", 100)))
                .then().statusCode(400).body("errors.field", equalTo(List.of("annualFee")))
                .body("errors[0].message", containsString("does not apply"));
        add(partner, terms("CONTENT_LICENSING", "2030-01-01", null, Map.of("annualFee", 100)))
                .then().statusCode(400).body("errors.field", equalTo(List.of("currency")));
        add(partner, terms("PAY_PER_DELIVERY", "2030-01-01", null, Map.of("dayRate", -5, "currency", "EUR")))
                .then().statusCode(400).body("errors.field", equalTo(List.of("dayRate")));
        add(partner, terms("REVENUE_SHARE", "2030-01-01", null, Map.of("revenueSharePercent", 150)))
                .then().statusCode(400).body("errors.field", equalTo(List.of("revenueSharePercent")));
        add(partner, terms("REVENUE_SHARE", "2030-06-01", "2030-05-31", Map.of("revenueSharePercent", 10)))
                .then().statusCode(400).body("errors.field", equalTo(List.of("validTo")));
        add(partner, terms("PAY_PER_DELIVERY", "2030-01-01", null, Map.of("dayRate", 500, "currency", "euro")))
                .then().statusCode(400).body("errors.field", equalTo(List.of("currency")));
        as("admin").body("{}").post(V1 + "/partners/" + partner + "/agreements")
                .then().statusCode(400).body("errors.field", hasItems("model", "validFrom"));
        add(987654321L, terms("RESELLER", "2030-01-01", null, Map.of("discountPercent", 10))).then().statusCode(404);

        as("admin").get(V1 + "/partners/" + partner + "/agreements").then().body("$", equalTo(List.of()));
    }

    @Test
    void aPartnerNeverHasTwoAgreementsInForceOnTheSameDay() {
        long partner = newPartner("TRAINING_PARTNER");
        long first = id(add(partner, terms("RESELLER", "2030-01-01", "2030-12-31", Map.of("discountPercent", 10)))
                .then().statusCode(201).extract().path("id"));

        // Overlapping the end; open-ended from before; covering it entirely; sharing only its last day.
        add(partner, terms("RESELLER", "2030-06-01", "2031-05-31", Map.of("discountPercent", 10)))
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("at most one agreement in force"));
        add(partner, terms("REVENUE_SHARE", "2029-01-01", null, Map.of("revenueSharePercent", 10))).then().statusCode(409);
        add(partner, terms("REVENUE_SHARE", "2029-01-01", "2031-12-31", Map.of("revenueSharePercent", 10))).then().statusCode(409);
        add(partner, terms("REVENUE_SHARE", "2030-12-31", "2031-12-31", Map.of("revenueSharePercent", 10))).then().statusCode(409);

        long second = id(add(partner, terms("REVENUE_SHARE", "2031-01-01", null, Map.of("revenueSharePercent", 25)))
                .then().statusCode(201).extract().path("id"));
        // Revising the first into the second's period conflicts; revising it within its own does not.
        revise(partner, first, terms("RESELLER", "2030-01-01", "2031-01-31", Map.of("discountPercent", 10)))
                .then().statusCode(409);
        revise(partner, first, terms("CONTENT_LICENSING", "2030-02-01", "2030-12-31", Map.of("annualFee", 5000, "currency", "GBP")))
                .then().statusCode(200).body("model", equalTo("CONTENT_LICENSING")).body("validFrom", equalTo("2030-02-01"));
        // Another partner's agreement, through this partner's path: not found.
        long other = newPartner("TRAINING_PARTNER");
        revise(other, second, terms("REVENUE_SHARE", "2031-01-01", null, Map.of("revenueSharePercent", 25))).then().statusCode(404);

        as("admin").get(V1 + "/partners/" + partner + "/agreements").then()
                .body("model", equalTo(List.of("REVENUE_SHARE", "CONTENT_LICENSING")));
    }

    @Test
    void manyConcurrentOverlappingRequestsLetExactlyOneAgreementIn() throws Exception {
        long partner = newPartner("TRAINING_PARTNER");
        int threads = 12;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var statuses = new ArrayList<Future<Integer>>();
            for (int i = 0; i < threads; i++) {
                // Different periods, all containing 15 June 2040.
                var body = terms("REVENUE_SHARE", String.format("2040-%02d-01", 1 + i % 6), String.format("2040-%02d-30", 7 + i % 6),
                        Map.of("revenueSharePercent", 10 + i));
                statuses.add(pool.submit(() -> {
                    start.await();
                    return add(partner, body).then().extract().statusCode();
                }));
            }
            start.countDown();
            var codes = new ArrayList<Integer>();
            for (var status : statuses) {
                codes.add(status.get());
            }
            assertThat(codes).filteredOn(code -> code == 201).hasSize(1);
            assertThat(codes).filteredOn(code -> code == 409).hasSize(threads - 1);
        } finally {
            pool.shutdownNow();
        }
        as("admin").get(V1 + "/partners/" + partner + "/agreements").then().body("size()", equalTo(1));
    }

    @Test
    void theDirectoryShowsTheModelOfTheAgreementInForceToday() {
        long partner = newPartner("TRAINING_PARTNER");
        var today = LocalDate.now(java.time.ZoneOffset.UTC);
        add(partner, terms("RESELLER", today.minusYears(2).toString(), today.minusYears(1).toString(), Map.of("discountPercent", 5)))
                .then().statusCode(201);
        add(partner, terms("PAY_PER_DELIVERY", today.minusDays(10).toString(), today.plusDays(10).toString(),
                Map.of("dayRate", 800, "currency", "EUR"))).then().statusCode(201);

        as("admin").get(V1 + "/partners").then().body("find { it.id == " + partner + " }.agreementModel", equalTo("PAY_PER_DELIVERY"));
        as("admin").get(V1 + "/partners/" + partner).then().body("agreementModel", equalTo("PAY_PER_DELIVERY"))
                .body("agreements.size()", equalTo(2));
        // The demo: Contoso licensed content until last year and shares revenue now.
        as("admin").get(V1 + "/partners").then()
                .body("find { it.name == 'Contoso Training' }.agreementModel", equalTo("REVENUE_SHARE"))
                .body("find { it.name == 'Fabrikam Delivery' }.agreementModel", equalTo("PAY_PER_DELIVERY"))
                .body("find { it.name == 'Northwind Resellers' }.agreementModel", equalTo("RESELLER"));
    }

    private static io.restassured.specification.RequestSpecification asAdmin() {
        return as("admin");
    }

    /** An amount compared by value: 15, 15.0 and 15.00 are the same discount, whatever JSON number type carries it. */
    private static Matcher<Object> amount(String expected) {
        return new CustomTypeSafeMatcher<>("an amount of " + expected) {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number && new BigDecimal(actual.toString()).compareTo(new BigDecimal(expected)) == 0;
            }
        };
    }

    private static io.restassured.response.Response add(long partner, Map<String, Object> terms) {
        return asAdmin().body(terms).post(V1 + "/partners/" + partner + "/agreements");
    }

    private static io.restassured.response.Response revise(long partner, long agreement, Map<String, Object> terms) {
        return asAdmin().body(terms).put(V1 + "/partners/" + partner + "/agreements/" + agreement);
    }

    private static Map<String, Object> terms(String model, String from, String to, Map<String, Object> terms) {
        var body = new HashMap<String, Object>(terms);
        body.put("model", model);
        body.put("validFrom", from);
        body.put("validTo", to);
        return body;
    }

    private static long id(Object id) {
        return ((Number) id).longValue();
    }
}
