package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
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
import org.partneracademy.it.support.StatementFixtures;
import org.partneracademy.it.support.TestClock;

/**
 * The review of statements issued by the real close (2004's months, one per test): confirmed and locked
 * with a number and a hash that verifies; disputed, adjusted by finance, re-issued and confirmed; disputed
 * and rejected, back unchanged; confirmed automatically when the review time passes (the application
 * clock moved); a locked statement refusing a dispute with a 409 problem and nothing changed; a
 * confirmation racing disputes on threads; another partner's statement (404), wrong roles (403), bad input.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class StatementReviewIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void thePartnerAdminConfirmsAndTheStatementIsLockedNumberedAndHashed() {
        var issued = StatementFixtures.issuedRevenueShare(YearMonth.of(2004, 1));
        String admin = issued.partner().adminUsername();
        long id = issued.statementId();
        var review = review(admin, id);
        assertThat(review.getString("status")).isEqualTo("ISSUED");
        assertThat(review.getBoolean("canReview")).isTrue();
        assertThat(review.getList("lines")).hasSize(3);
        assertThat(notificationKinds(admin)).contains("STATEMENT_ISSUED");

        var confirmed = as(admin).post(V1 + "/statements/" + id + "/confirmation").then().statusCode(200).extract().jsonPath();

        assertThat(confirmed.getString("status")).isEqualTo("LOCKED");
        assertThat(confirmed.getString("confirmedVia")).isEqualTo("PARTNER");
        assertThat(confirmed.getString("confirmedBy")).isEqualTo(admin);
        assertThat(confirmed.getString("statementNumber")).matches("ST-\\d{4}-\\d{6}");
        assertThat(confirmed.getString("contentHash")).matches("[0-9a-f]{64}");
        assertThat(confirmed.getBoolean("canReview")).isFalse();
        as(admin).get(V1 + "/statements/" + id + "/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("computedHash", equalTo(confirmed.getString("contentHash")))
                .body("statementNumber", equalTo(confirmed.getString("statementNumber")));
        as("finance").get(V1 + "/statements/" + id + "/verification").then().statusCode(200).body("intact", equalTo(true));
        // Confirming twice: refused, the number and the hash stay.
        as(admin).post(V1 + "/statements/" + id + "/confirmation").then().statusCode(409).contentType(PROBLEM);
        assertThat(review(admin, id).getString("statementNumber")).isEqualTo(confirmed.getString("statementNumber"));
    }

    @Test
    void aDisputedLineIsAdjustedByFinanceReissuedAsTheNextRevisionAndThenConfirmed() {
        var issued = StatementFixtures.issuedRevenueShare(YearMonth.of(2004, 2));
        String admin = issued.partner().adminUsername();
        long id = issued.statementId();
        long line = lineId(review(admin, id), 1);

        long disputeId = ((Number) as(admin).body(Map.of("lineId", line, "comment", "Seat 1 was a no-show"))
                .post(V1 + "/statements/" + id + "/disputes").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("lineNo", equalTo(1)).extract().path("id")).longValue();
        assertThat(review(admin, id).getString("status")).isEqualTo("DISPUTED");
        as("finance").get(V1 + "/statement-disputes?status=OPEN").then().statusCode(200).body("id", hasItem((int) disputeId));
        // While finance works on it the partner cannot confirm.
        as(admin).post(V1 + "/statements/" + id + "/confirmation").then().statusCode(409).contentType(PROBLEM);

        as("finance").body(Map.of("amount", "-12.50", "note", "Goodwill for the no-show"))
                .post(V1 + "/statement-disputes/" + disputeId + "/adjustment").then().statusCode(200)
                .body("status", equalTo("ADJUSTED")).body("resolvedBy", equalTo("finance"));

        var reissued = review(admin, id);
        assertThat(reissued.getString("status")).isEqualTo("ISSUED");
        assertThat(reissued.getInt("revision")).isEqualTo(2);
        assertThat(reissued.getList("lines")).hasSize(4);
        assertThat(reissued.getString("lines[3].kind")).isEqualTo("ADJUSTMENT");
        assertThat(reissued.getDouble("lines[3].amount")).isEqualTo(-12.50);
        assertThat(reissued.getString("lines[3].currency")).isEqualTo("EUR");
        assertThat(reissued.getLong("lines[3].disputeId")).isEqualTo(disputeId);
        assertThat(reissued.getDouble("totals[0].amount")).isEqualTo(367.50);
        // The original line is untouched: a correction is a line of its own.
        assertThat(reissued.getDouble("lines[0].amount")).isEqualTo(200.00);
        assertThat(notificationKinds(admin)).contains("DISPUTE_ANSWERED");
        assertThat(notificationKinds("finance")).contains("STATEMENT_DISPUTED");
        // Answering it again: refused.
        as("finance").body(Map.of("reason", "again")).post(V1 + "/statement-disputes/" + disputeId + "/rejection")
                .then().statusCode(409).contentType(PROBLEM);

        as(admin).post(V1 + "/statements/" + id + "/confirmation").then().statusCode(200)
                .body("status", equalTo("LOCKED")).body("revision", equalTo(2));
        as(admin).get(V1 + "/statements/" + id + "/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void aRejectedDisputeSendsTheStatementBackUnchanged() {
        var issued = StatementFixtures.issuedRevenueShare(YearMonth.of(2004, 3));
        String admin = issued.partner().adminUsername();
        long id = issued.statementId();
        var before = review(admin, id);
        long line = lineId(before, 2);

        long disputeId = dispute(admin, id, line, "The discount was 50, not 100");
        as("finance").body(Map.of("reason", "The discount was 100 as agreed on the order"))
                .post(V1 + "/statement-disputes/" + disputeId + "/rejection").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("resolutionNote", equalTo("The discount was 100 as agreed on the order"));

        var after = review(admin, id);
        assertThat(after.getString("status")).isEqualTo("ISSUED");
        assertThat(after.getInt("revision")).isEqualTo(1);
        assertThat(after.getList("lines")).hasSize(3);
        assertThat(after.getString("disputes[0].status")).isEqualTo("REJECTED");
        assertThat(Instant.parse(after.getString("reviewDueAt"))).isAfterOrEqualTo(Instant.parse(before.getString("reviewDueAt")));
        // The same line in the same revision was answered already; another line may be disputed.
        as(admin).body(Map.of("lineId", line, "comment", "Still wrong")).post(V1 + "/statements/" + id + "/disputes")
                .then().statusCode(409).contentType(PROBLEM);
        dispute(admin, id, lineId(after, 3), "Line 3 is not ours");
        assertThat(review(admin, id).getString("status")).isEqualTo("DISPUTED");
    }

    @Test
    void anUnansweredStatementIsConfirmedAutomaticallyWhenTheReviewTimePasses() throws InterruptedException {
        var issued = StatementFixtures.issuedRevenueShare(YearMonth.of(2004, 4));
        String admin = issued.partner().adminUsername();
        long id = issued.statementId();
        var due = Instant.parse(review(admin, id).getString("reviewDueAt"));

        TestClock.advance(Duration.between(TestClock.now(), due).plusHours(1));

        var deadline = Instant.now().plusSeconds(90);
        JsonPath statement = review(admin, id);
        while (!"LOCKED".equals(statement.getString("status")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            statement = review(admin, id);
        }
        assertThat(statement.getString("status")).isEqualTo("LOCKED");
        assertThat(statement.getString("confirmedVia")).isEqualTo("REVIEW_TIMEOUT");
        assertThat(statement.getString("statementNumber")).matches("ST-\\d{4}-\\d{6}");
        assertThat(notificationKinds(admin)).contains("STATEMENT_CONFIRMED_AUTOMATICALLY");
        as(admin).get(V1 + "/statements/" + id + "/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void aLockedStatementRefusesDisputesAndAdjustmentsWithA409AndNothingChanges() {
        var issued = StatementFixtures.issuedRevenueShare(YearMonth.of(2004, 5));
        String admin = issued.partner().adminUsername();
        long id = issued.statementId();
        long line = lineId(review(admin, id), 1);
        as(admin).post(V1 + "/statements/" + id + "/confirmation").then().statusCode(200);
        var locked = review(admin, id);

        as(admin).body(Map.of("lineId", line, "comment", "Too late?")).post(V1 + "/statements/" + id + "/disputes")
                .then().statusCode(409).contentType(PROBLEM).body("title", equalTo("Conflict"))
                .body("detail", containsString("locked"));

        var after = review(admin, id);
        assertThat(after.getString("status")).isEqualTo("LOCKED");
        assertThat(after.getList("disputes")).isEmpty();
        assertThat(after.getList("lines")).hasSize(3);
        assertThat(after.getString("contentHash")).isEqualTo(locked.getString("contentHash"));
        assertThat(after.getInt("revision")).isEqualTo(locked.getInt("revision"));
        assertThat(StatementFixtures.count("SELECT COUNT(*) FROM statement_dispute WHERE statement_id = ?", id)).isZero();
        as(admin).get(V1 + "/statements/" + id + "/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void aConfirmationRacingDisputesEndsInExactlyOneConsistentOutcome() throws Exception {
        var issued = StatementFixtures.issuedRevenueShare(YearMonth.of(2004, 6));
        String admin = issued.partner().adminUsername();
        long id = issued.statementId();
        var lines = review(admin, id);
        int threads = 6;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        var confirmations = new ArrayList<Future<Integer>>();
        var disputes = new ArrayList<Future<Integer>>();
        try {
            for (int i = 0; i < threads / 2; i++) {
                long line = lineId(lines, i + 1);
                confirmations.add(pool.submit(() -> {
                    start.await();
                    return as(admin).post(V1 + "/statements/" + id + "/confirmation").statusCode();
                }));
                disputes.add(pool.submit(() -> {
                    start.await();
                    return as(admin).body(Map.of("lineId", line, "comment", "Racing"))
                            .post(V1 + "/statements/" + id + "/disputes").statusCode();
                }));
            }
            start.countDown();
            var confirmed = statuses(confirmations);
            var disputed = statuses(disputes);
            assertThat(confirmed).allMatch(s -> s == 200 || s == 409);
            assertThat(disputed).allMatch(s -> s == 201 || s == 409);

            var after = review(admin, id);
            long storedDisputes = StatementFixtures.count("SELECT COUNT(*) FROM statement_dispute WHERE statement_id = ?", id);
            if (confirmed.contains(200)) {
                assertThat(confirmed).containsOnlyOnce(200);
                assertThat(disputed).containsOnly(409);
                assertThat(after.getString("status")).isEqualTo("LOCKED");
                assertThat(storedDisputes).isZero();
            } else {
                assertThat(disputed).contains(201);
                assertThat(after.getString("status")).isEqualTo("DISPUTED");
                assertThat(storedDisputes).isEqualTo(disputed.stream().filter(s -> s == 201).count());
                assertThat(after.getString("statementNumber")).isNull();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherPartnersStatementIsNotFoundAndWrongRolesAreRefused() {
        var issued = StatementFixtures.issuedRevenueShare(YearMonth.of(2004, 7));
        long id = issued.statementId();
        long line = lineId(review(issued.partner().adminUsername(), id), 1);

        for (String path : List.of("/review", "/verification")) {
            as("pa.contoso").get(V1 + "/statements/" + id + path).then().statusCode(404).contentType(PROBLEM);
        }
        as("pa.contoso").post(V1 + "/statements/" + id + "/confirmation").then().statusCode(404).contentType(PROBLEM);
        as("pa.contoso").body(Map.of("lineId", line, "comment", "Not ours")).post(V1 + "/statements/" + id + "/disputes")
                .then().statusCode(404).contentType(PROBLEM);

        as("finance").post(V1 + "/statements/" + id + "/confirmation").then().statusCode(403).contentType(PROBLEM);
        as("admin").body(Map.of("lineId", line, "comment", "x")).post(V1 + "/statements/" + id + "/disputes")
                .then().statusCode(403).contentType(PROBLEM);
        as("alice").get(V1 + "/statements/" + id + "/review").then().statusCode(403).contentType(PROBLEM);
        as(issued.partner().adminUsername()).get(V1 + "/statement-disputes").then().statusCode(403).contentType(PROBLEM);
        as(issued.partner().adminUsername()).body(Map.of("amount", "1.00", "note", "x"))
                .post(V1 + "/statement-disputes/1/adjustment").then().statusCode(403).contentType(PROBLEM);

        var after = review(issued.partner().adminUsername(), id);
        assertThat(after.getString("status")).isEqualTo("ISSUED");
        assertThat(after.getList("disputes")).isEmpty();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingChanges() {
        var issued = StatementFixtures.issuedRevenueShare(YearMonth.of(2004, 8));
        var other = StatementFixtures.issuedRevenueShare(YearMonth.of(2004, 9));
        String admin = issued.partner().adminUsername();
        long id = issued.statementId();
        long line = lineId(review(admin, id), 1);
        long otherLine = lineId(review(other.partner().adminUsername(), other.statementId()), 1);

        invalidDispute(admin, id, Map.of("lineId", line, "comment", "   "), "comment");
        invalidDispute(admin, id, Map.of("lineId", line), "comment");
        invalidDispute(admin, id, Map.of("lineId", 999_999_999L, "comment", "Unknown"), "lineId");
        invalidDispute(admin, id, Map.of("lineId", otherLine, "comment", "Another statement's line"), "lineId");
        invalidDispute(admin, id, Map.of("lineId", -3, "comment", "Negative"), "lineId");
        assertThat(review(admin, id).getString("status")).isEqualTo("ISSUED");
        assertThat(StatementFixtures.count("SELECT COUNT(*) FROM statement_dispute WHERE statement_id = ?", id)).isZero();

        long disputeId = dispute(admin, id, line, "Wrong amount");
        for (String amount : List.of("12.505", "12,50", "abc", "1e3", "")) {
            invalidAnswer("/adjustment", disputeId, Map.of("amount", amount, "note", "x"), "amount");
        }
        invalidAnswer("/adjustment", disputeId, Map.of("note", "no amount"), "amount");
        invalidAnswer("/adjustment", disputeId, Map.of("amount", "0.00", "note", "zero"), "amount");
        invalidAnswer("/adjustment", disputeId, Map.of("amount", "-1.00", "note", " "), "note");
        invalidAnswer("/rejection", disputeId, Map.of("reason", ""), "reason");
        as("finance").body(Map.of("amount", "1.00", "note", "x")).post(V1 + "/statement-disputes/999999999/adjustment")
                .then().statusCode(404).contentType(PROBLEM);
        as("finance").get(V1 + "/statement-disputes?status=WHATEVER").then().statusCode(400).contentType(PROBLEM);

        var after = review(admin, id);
        assertThat(after.getString("status")).isEqualTo("DISPUTED");
        assertThat(after.getList("lines")).hasSize(3);
        assertThat(after.getString("disputes[0].status")).isEqualTo("OPEN");
    }

    private static void invalidDispute(String admin, long id, Map<String, Object> body, String field) {
        as(admin).body(body).post(V1 + "/statements/" + id + "/disputes").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem(field));
    }

    private static void invalidAnswer(String path, long disputeId, Map<String, Object> body, String field) {
        as("finance").body(body).post(V1 + "/statement-disputes/" + disputeId + path).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem(field));
    }

    private static long dispute(String admin, long id, long line, String comment) {
        return ((Number) as(admin).body(Map.of("lineId", line, "comment", comment)).post(V1 + "/statements/" + id + "/disputes")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    static JsonPath review(String user, long id) {
        return as(user).get(V1 + "/statements/" + id + "/review").then().statusCode(200).extract().jsonPath();
    }

    static long lineId(JsonPath review, int lineNo) {
        return review.getLong("lines.find { it.lineNo == " + lineNo + " }.id");
    }

    private static List<String> notificationKinds(String user) {
        return as(user).get(V1 + "/notifications").then().statusCode(200).extract().jsonPath().getList("kind", String.class);
    }

    private static List<Integer> statuses(List<Future<Integer>> futures) throws Exception {
        var statuses = new ArrayList<Integer>();
        for (var future : futures) {
            statuses.add(future.get());
        }
        return statuses;
    }
}
