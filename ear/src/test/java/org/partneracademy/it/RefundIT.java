package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.RefundFixtures;

/**
 * Refunds over REST against the real EAR and MariaDB: finance records them as REFUNDED ledger events,
 * idempotently, never above the discounted price (also with 20 requests at once), never on a seat that
 * was not charged; bad input is refused with a problem document and writes nothing; only finance may
 * refund, and a partner admin reads only their own partner's registrations.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class RefundIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void financeRecordsARefundAsALedgerEventAndARepeatedRequestRecordsNothingMore() {
        var seat = RefundFixtures.registration("200.00", "20.00", "COMPLETED");
        String key = UUID.randomUUID().toString();

        var first = refund("finance", seat.registrationId(), key, Map.of("amount", "50.00", "currency", "EUR",
                "reason", "Course material arrived late"));
        first.then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/registrations/" + seat.registrationId()))
                .body("state", equalTo("COMPLETED"))
                .body("events.type", hasItem("REFUNDED"))
                .body("events.find { it.type == 'REFUNDED' }.actor", equalTo("finance"))
                .body("events.find { it.type == 'REFUNDED' }.note", equalTo("Course material arrived late"));
        assertThat(amount(first, "discountedPrice")).isEqualByComparingTo("180.00");
        assertThat(amount(first, "refundedAmount")).isEqualByComparingTo("50.00");
        assertThat(amount(first, "refundableAmount")).isEqualByComparingTo("130.00");
        assertThat(amount(first, "events.find { it.type == 'REFUNDED' }.amount")).isEqualByComparingTo("50.00");

        // The same request again (a retry after a lost answer): 200, the same refund, nothing added.
        var again = refund("finance", seat.registrationId(), key, Map.of("amount", "50.00", "reason", "Course material arrived late"));
        again.then().statusCode(200);
        assertThat(amount(again, "refundedAmount")).isEqualByComparingTo("50.00");
        assertThat(RefundFixtures.ledger(seat.registrationId())).isEqualTo(
                new RefundFixtures.Ledger(3, 1, new BigDecimal("50.00")));

        // The same key for another amount is a mistake, not a retry.
        refund("finance", seat.registrationId(), key, Map.of("amount", "60.00", "reason", "x"))
                .then().statusCode(409).contentType(PROBLEM);

        // Up to the last cent is fine; the registration then has nothing left to refund.
        var rest = refund("finance", seat.registrationId(), UUID.randomUUID().toString(),
                Map.of("amount", "130.00", "reason", "Session cancelled on the day"));
        rest.then().statusCode(201);
        assertThat(amount(rest, "refundableAmount")).isEqualByComparingTo("0");
        refund("finance", seat.registrationId(), UUID.randomUUID().toString(), Map.of("amount", "0.01", "reason", "x"))
                .then().statusCode(422).contentType(PROBLEM).body("detail", org.hamcrest.Matchers.containsString("left to refund"));
        assertThat(RefundFixtures.ledger(seat.registrationId()).refunded()).isEqualByComparingTo("180.00");
    }

    @Test
    void twentyFinanceRequestsAtOnceNeverRefundMoreThanTheDiscountedPrice() throws Exception {
        // 100.00 less 10.00 discount = 90.00: six refunds of 15.00 fit, the other fourteen must be refused.
        var seat = RefundFixtures.registration("100.00", "10.00", "ATTENDED", "COMPLETED");
        int threads = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return refund("finance", seat.registrationId(), UUID.randomUUID().toString(),
                            Map.of("amount", "15.00", "reason", "Race")).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(2, TimeUnit.MINUTES));
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(6);
            assertThat(statuses).filteredOn(s -> s == 422).hasSize(14);
        } finally {
            pool.shutdownNow();
        }
        var ledger = RefundFixtures.ledger(seat.registrationId());
        assertThat(ledger.refunds()).isEqualTo(6);
        assertThat(ledger.refunded()).isEqualByComparingTo("90.00");
        var registration = as("finance").get(V1 + "/registrations/" + seat.registrationId());
        registration.then().statusCode(200).body("state", equalTo("COMPLETED"));
        assertThat(amount(registration, "refundableAmount")).isEqualByComparingTo("0");
    }

    @Test
    void tenRetriesOfOneRefundAtOnceRecordItOnce() throws Exception {
        var seat = RefundFixtures.registration("300.00", "0", "COMPLETED");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        var start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return refund("finance", seat.registrationId(), key, Map.of("amount", "25.00", "reason", "Retry")).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(2, TimeUnit.MINUTES));
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(9);
        } finally {
            pool.shutdownNow();
        }
        assertThat(RefundFixtures.ledger(seat.registrationId())).isEqualTo(
                new RefundFixtures.Ledger(3, 1, new BigDecimal("25.00")));
    }

    @Test
    void badRefundsAreRefusedWithAProblemAndWriteNothing() {
        var seat = RefundFixtures.registration("100.00", "0", "COMPLETED");
        long id = seat.registrationId();
        refund("finance", id, UUID.randomUUID().toString(), Map.of("amount", "40.00", "reason", "Partial")).then().statusCode(201);
        var before = RefundFixtures.ledger(id);

        for (String amount : new String[] {"-5.00", "0", "0.00", "12.345"}) {
            refund("finance", id, UUID.randomUUID().toString(), Map.of("amount", amount, "reason", "Bad"))
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("amount"));
        }
        refund("finance", id, UUID.randomUUID().toString(), Map.of("reason", "No amount"))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("amount"));
        refund("finance", id, UUID.randomUUID().toString(), Map.of("amount", "10.00"))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("reason"));
        refund("finance", id, UUID.randomUUID().toString(), Map.of("amount", "10.00", "currency", "USD", "reason", "Wrong currency"))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("currency"));
        // Above what is left (60.00 of 100.00 after a refund of 40.00).
        refund("finance", id, UUID.randomUUID().toString(), Map.of("amount", "60.01", "reason", "Too much"))
                .then().statusCode(422).contentType(PROBLEM).body("title", equalTo("Business rule violated"));
        // Without an Idempotency-Key: a refund must be safe to retry, so the key is required.
        as("finance").body(Map.of("amount", "10.00", "reason", "No key")).post(V1 + "/registrations/" + id + "/refunds")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("Idempotency-Key"));
        // A registration that does not exist.
        refund("finance", RefundFixtures.lastRegistrationId() + 1000, UUID.randomUUID().toString(),
                Map.of("amount", "10.00", "reason", "Nobody")).then().statusCode(404).contentType(PROBLEM);
        // Wrong roles: the vendor admin, the partner's admin and the learner may not refund.
        for (String user : new String[] {"admin", "pa.contoso", "alice", "leader"}) {
            refund(user, id, UUID.randomUUID().toString(), Map.of("amount", "10.00", "reason", "Not mine to give"))
                    .then().statusCode(403).contentType(PROBLEM);
        }

        assertThat(RefundFixtures.ledger(id)).isEqualTo(before);
    }

    @Test
    void aSeatThatWasNeverChargedCannotBeRefunded() {
        for (String never : new String[] {"VOIDED", "CANCELLED"}) {
            var seat = RefundFixtures.registration("100.00", "0", never);
            refund("finance", seat.registrationId(), UUID.randomUUID().toString(), Map.of("amount", "10.00", "reason", "x"))
                    .then().statusCode(422).contentType(PROBLEM)
                    .body("detail", org.hamcrest.Matchers.containsString("nothing to refund"));
            assertThat(RefundFixtures.ledger(seat.registrationId()).events()).isEqualTo(2);
        }
        // Cancelled after the cut-off was charged: refundable.
        var late = RefundFixtures.registration("100.00", "0", "LATE_CANCELLED");
        refund("finance", late.registrationId(), UUID.randomUUID().toString(), Map.of("amount", "100.00", "reason", "Courtesy"))
                .then().statusCode(201).body("state", equalTo("LATE_CANCELLED"));
    }

    @Test
    void aPartnerAdminReadsOnlyTheirOwnPartnersRegistrations() {
        var seat = RefundFixtures.registration("150.00", "0", "COMPLETED");
        String path = V1 + "/registrations/" + seat.registrationId();

        as("finance").get(path).then().statusCode(200).body("learner", equalTo("Learner " + seat.learner()))
                .body("sellingPartner", equalTo("Contoso Training"));
        as("admin").get(path).then().statusCode(200);
        as("pa.contoso").get(path).then().statusCode(200).body("id", equalTo((int) seat.registrationId()));
        // Another partner's admin: as if it did not exist.
        as("pa.northwind").get(path).then().statusCode(404).contentType(PROBLEM);
        as("pa.fabrikam").get(path).then().statusCode(404).contentType(PROBLEM);
        // Not an admin at all: refused outright.
        as("alice").get(path).then().statusCode(403).contentType(PROBLEM);
        as("trainer.contoso").get(path).then().statusCode(403).contentType(PROBLEM);
    }

    private static Response refund(String user, long registrationId, String key, Map<String, String> body) {
        return as(user).header("Idempotency-Key", key).body(body).post(V1 + "/registrations/" + registrationId + "/refunds");
    }

    private static BigDecimal amount(Response response, String path) {
        return new BigDecimal(response.jsonPath().getString(path));
    }
}
