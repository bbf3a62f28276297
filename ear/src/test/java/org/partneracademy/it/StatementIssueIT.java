package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;
import static org.partneracademy.it.support.StatementFixtures.agreement;
import static org.partneracademy.it.support.StatementFixtures.count;
import static org.partneracademy.it.support.StatementFixtures.event;
import static org.partneracademy.it.support.StatementFixtures.learner;
import static org.partneracademy.it.support.StatementFixtures.offering;
import static org.partneracademy.it.support.StatementFixtures.partner;
import static org.partneracademy.it.support.StatementFixtures.registration;
import static org.partneracademy.it.support.StatementFixtures.rows;
import static org.partneracademy.it.support.StatementFixtures.statementIds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.StatementFixtures;

/**
 * The period close over a ledger written in old months of this class's own (2001–2003): statements per
 * agreement with lines traced to the ledger, each model, late events as adjustments, a rerun issuing only
 * what is missing, two closes at once issuing each statement once, and the refusals that leave nothing
 * written (a period not ended, overlapping agreements, a currency mismatch, a registration without price).
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class StatementIssueIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aClosedMonthIssuesTheRevenueSharePartnerItsStatementWithTracedLines() {
        var issued = StatementFixtures.issuedRevenueShare(YearMonth.of(2001, 1));

        var statement = rows("SELECT model, direction, status, revision, run_id, agreement_id FROM partner_statement WHERE id = ?",
                issued.statementId()).get(0);
        assertThat(statement).containsExactly("REVENUE_SHARE", "PARTNER_INVOICES_VENDOR", "ISSUED", 1,
                issued.runId(), issued.agreementId());
        var lines = rows("""
                SELECT line_no, kind, amount, currency, registration_id, sources, learner_id, offering_id
                FROM partner_statement_line WHERE statement_id = ? ORDER BY line_no""", issued.statementId());
        assertThat(lines).extracting(l -> l[2]).containsExactly(new BigDecimal("200.00"), new BigDecimal("180.00"),
                new BigDecimal("0.00"));
        assertThat(lines).extracting(l -> l[1]).containsOnly("REVENUE_SHARE");
        var first = issued.registrations().get(0);
        assertThat(lines.get(0)[4]).isEqualTo(first.id());
        assertThat((String) lines.get(0)[5]).isEqualTo("REGISTRATION:" + first.id() + ",REGISTRATION_EVENT:"
                + first.seatTakenEventId());
        assertThat(lines.get(0)[6]).isEqualTo(first.learnerId());
        assertThat((String) lines.get(2)[5]).contains("REGISTRATION:" + issued.registrations().get(2).id());

        var run = as("finance").get(V1 + "/statement-runs/" + issued.runId()).then().statusCode(200)
                .body("status", equalTo("ISSUED")).body("period", equalTo("2001-01")).body("progressPercent", equalTo(100))
                .extract();
        assertThat(((Number) run.path("statementsIssued")).intValue()).isGreaterThanOrEqualTo(1);
        as("admin").get(V1 + "/statement-runs?period=2001-01").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem((int) issued.runId()));
        // The close page lists the run with its progress (it polls only while a run is issuing).
        io.restassured.RestAssured.given().auth().preemptive().basic("finance", RealEar.DEMO_PASSWORD).accept("text/html")
                .get(RealEar.BASE_URL + "/admin/statement-runs.xhtml").then().statusCode(200)
                .body(containsString("2001-01")).body(containsString("Issued"));
    }

    @Test
    void closingAgainIssuesOnlyToPartnersWithoutAStatement() {
        var month = YearMonth.of(2001, 2);
        var first = StatementFixtures.issuedRevenueShare(month);
        var late = partner("late");
        agreement(late.id(), "RESELLER", month, "30.00", null);
        var offering = offering("500.00", "EUR");
        registration(late.id(), learner(late), offering, null, "0.00", month.atDay(10).atTime(12, 0));

        var rerun = StatementFixtures.close(month, "finance");

        assertThat(rerun.status()).isEqualTo("ISSUED");
        assertThat(rerun.statementsIssued()).isEqualTo(1);
        assertThat(statementIds(first.partner().id(), month)).containsExactly(first.statementId());
        var seat = rows("SELECT l.kind, l.amount, l.percent FROM partner_statement_line l WHERE l.statement_id = ?",
                statementIds(late.id(), month).get(0));
        // Reseller: list 500.00 less the agreement's 30 % discount.
        assertThat(seat).hasSize(1);
        assertThat(seat.get(0)[0]).isEqualTo("SEAT");
        assertThat(seat.get(0)[1]).isEqualTo(new BigDecimal("350.00"));
    }

    @Test
    void aPeriodThatHasNotEndedIsRefusedAndNothingIsWritten() {
        String current = YearMonth.now(ZoneOffset.UTC).toString();
        long runsBefore = count("SELECT COUNT(*) FROM statement_run");

        as("admin").body(Map.of("period", current)).post(V1 + "/statement-runs")
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("has not ended"));
        as("admin").body(Map.of("period", "2001-13")).post(V1 + "/statement-runs")
                .then().statusCode(400).contentType(PROBLEM);
        as("admin").body(Map.of()).post(V1 + "/statement-runs").then().statusCode(400).contentType(PROBLEM);

        assertThat(count("SELECT COUNT(*) FROM statement_run")).isEqualTo(runsBefore);
    }

    @Test
    void overlappingAgreementsAreRefusedBeforeAnythingIsWritten() {
        var month = YearMonth.of(2001, 3);
        var partner = partner("overlap");
        agreement(partner.id(), "REVENUE_SHARE", month, "20.00", null);
        agreement(partner.id(), "RESELLER", month.atDay(15), month.plusMonths(1).atEndOfMonth(), "10.00", null, null, null);

        as("admin").body(Map.of("period", month.toString())).post(V1 + "/statement-runs")
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("partner " + partner.id() + " has overlapping agreements"))
                .body("detail", containsString("nothing was issued"));

        assertThat(count("SELECT COUNT(*) FROM statement_run WHERE period_from = ?", month.atDay(1))).isZero();
        assertThat(count("SELECT COUNT(*) FROM partner_statement WHERE period_from = ?", month.atDay(1))).isZero();
    }

    @Test
    void aRegistrationInAnotherCurrencyThanItsAgreementIsACurrencyMismatch() {
        var month = YearMonth.of(2001, 4);
        var partner = partner("currency");
        agreement(partner.id(), "REVENUE_SHARE", month, "20.00", "EUR");
        var offering = offering("800.00", "USD");
        var usd = registration(partner.id(), learner(partner), offering, null, "0.00", month.atDay(2).atTime(9, 0));

        as("finance").body(Map.of("period", month.toString())).post(V1 + "/statement-runs")
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("registration " + usd.id() + " is in USD"))
                .body("detail", containsString("settles in EUR"));

        assertThat(count("SELECT COUNT(*) FROM statement_run WHERE period_from = ?", month.atDay(1))).isZero();
        assertThat(count("SELECT COUNT(*) FROM partner_statement WHERE partner_id = ?", partner.id())).isZero();
    }

    @Test
    void aRegistrationWithoutAPriceCannotEnterTheLedgerSoTheCloseNeverMeetsOne() {
        var month = YearMonth.of(2001, 5);
        var partner = partner("no-price");
        agreement(partner.id(), "REVENUE_SHARE", month, "20.00", null);
        var offering = offering("300.00", "EUR");

        assertThatThrownBy(() -> registration(partner.id(), learner(partner), offering, null, null, "EUR", "0.00",
                month.atDay(2).atTime(9, 0)))
                .hasRootCauseInstanceOf(java.sql.SQLException.class);

        var run = StatementFixtures.close(month, "admin");
        assertThat(run.status()).isEqualTo("ISSUED");
        long statement = statementIds(partner.id(), month).get(0);
        assertThat(count("SELECT COUNT(*) FROM partner_statement_line WHERE statement_id = ?", statement)).isZero();
    }

    @Test
    void twoClosesOfOnePeriodAtOnceIssueEachStatementOnce() throws Exception {
        var month = YearMonth.of(2001, 6);
        var offering = offering("1000.00", "EUR");
        var partners = new ArrayList<StatementFixtures.TestPartner>();
        for (int i = 0; i < 4; i++) {
            var partner = partner("race" + i);
            agreement(partner.id(), "REVENUE_SHARE", month, "10.00", null);
            registration(partner.id(), learner(partner), offering, null, "0.00", month.atDay(7).atTime(10, 0));
            partners.add(partner);
        }
        var start = new CountDownLatch(1);
        var closes = new ArrayList<CompletableFuture<StatementFixtures.Run>>();
        for (String who : List.of("admin", "finance")) {
            closes.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return StatementFixtures.close(month, who);
            }));
        }
        start.countDown();
        var runs = closes.stream().map(CompletableFuture::join).toList();

        assertThat(runs).extracting(StatementFixtures.Run::status).containsOnly("ISSUED");
        for (var partner : partners) {
            assertThat(statementIds(partner.id(), month)).hasSize(1);
        }
        long statements = count("SELECT COUNT(*) FROM partner_statement WHERE period_from = ?", month.atDay(1));
        assertThat(runs.stream().mapToInt(StatementFixtures.Run::statementsIssued).sum()).isEqualTo((int) statements);
    }

    @Test
    void payPerDeliveryPaysTheTrainersDeliveryDays() {
        var month = YearMonth.of(2001, 7);
        var partner = partner("ppd");
        agreement(partner.id(), "PAY_PER_DELIVERY", month, "800.00", "EUR");
        var offering = offering("1200.00", "EUR");
        long session = StatementFixtures.session(offering, partner.id(), month.atDay(9), month.atDay(10));
        long cancelled = StatementFixtures.session(offering, partner.id(), month.atDay(16));
        long trainer = StatementFixtures.trainer(partner);
        StatementFixtures.instructor(session, trainer);
        StatementFixtures.instructor(cancelled, trainer);
        StatementFixtures.cancelSession(cancelled);

        StatementFixtures.close(month, "admin");

        long statement = statementIds(partner.id(), month).get(0);
        var lines = rows("SELECT kind, amount, session_id, trainer_id, course_id FROM partner_statement_line WHERE statement_id = ? ORDER BY line_no",
                statement);
        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line[0]).isEqualTo("DELIVERY_DAY");
            assertThat(line[1]).isEqualTo(new BigDecimal("800.00"));
            assertThat(line[2]).isEqualTo(session);
            assertThat(line[3]).isEqualTo(trainer);
            assertThat(line[4]).isEqualTo(offering.courseId());
        });
    }

    @Test
    void contentLicensingInvoicesTheFeeAndFlagsOverUse() {
        var month = YearMonth.of(2001, 8);
        var partner = partner("licence");
        // A year from 1 August 2001 (365 days); August is 31 of them.
        agreement(partner.id(), "CONTENT_LICENSING", month.atDay(1), month.atEndOfMonth(), "3650.00", "EUR", 1, 5);
        var offering = offering("400.00", "EUR");
        StatementFixtures.session(offering, partner.id(), month.atDay(6));
        long second = StatementFixtures.session(offering, partner.id(), month.atDay(20));
        registration(partner.id(), learner(partner), offering, second, "0.00", month.atDay(2).atTime(8, 0));

        StatementFixtures.close(month, "admin");

        long statement = statementIds(partner.id(), month).get(0);
        var fee = rows("SELECT kind, amount FROM partner_statement_line WHERE statement_id = ?", statement);
        assertThat(fee).hasSize(1);
        assertThat(fee.get(0)[0]).isEqualTo("LICENCE_FEE");
        assertThat(fee.get(0)[1]).isEqualTo(new BigDecimal("310.00"));
        var usage = rows("SELECT metric, used, licensed, over_used FROM partner_statement_usage WHERE statement_id = ? ORDER BY metric",
                statement);
        assertThat(usage).hasSize(2);
        assertThat(usage.get(0)).containsExactly("LEARNER_SEATS", 1, 5, false);
        assertThat(usage.get(1)).containsExactly("SESSIONS_DELIVERED", 2, 1, true);
    }

    @Test
    void aLateEventOfAnIssuedPeriodBecomesALateAdjustmentOfTheNextStatement() {
        var september = YearMonth.of(2001, 9);
        var october = september.plusMonths(1);
        var partner = partner("late-event");
        agreement(partner.id(), "REVENUE_SHARE", september.atDay(1), october.atEndOfMonth(), "25.00", null, null, null);
        var offering = offering("400.00", "EUR");
        var seat = registration(partner.id(), learner(partner), offering, null, "0.00", september.atDay(20).atTime(9, 0));
        StatementFixtures.close(september, "admin");
        long septemberStatement = statementIds(partner.id(), september).get(0);
        long voided = event(seat.id(), "VOIDED", october.atDay(3).atTime(14, 0));

        assertThat(StatementFixtures.close(october, "admin").status()).isEqualTo("ISSUED");

        long octoberStatement = statementIds(partner.id(), october).get(0);
        var late = rows("""
                SELECT kind, amount, registration_id, adjusts_statement_id, sources FROM partner_statement_line
                WHERE statement_id = ? AND kind = 'LATE_ADJUSTMENT'""", octoberStatement);
        assertThat(late).hasSize(1);
        assertThat(late.get(0)[1]).isEqualTo(new BigDecimal("-100.00"));
        assertThat(late.get(0)[2]).isEqualTo(seat.id());
        assertThat(late.get(0)[3]).isEqualTo(septemberStatement);
        assertThat((String) late.get(0)[4]).contains("REGISTRATION_EVENT:" + voided);
        // The September statement is never touched.
        assertThat(count("SELECT COUNT(*) FROM partner_statement_line WHERE statement_id = ?", septemberStatement)).isEqualTo(1);
    }

    @Test
    void aLateEventOfAPartnerWhoseAgreementEndedLandsInAStatementOfThatAgreementForTheNextPeriod() {
        var january = YearMonth.of(2003, 1);
        var february = january.plusMonths(1);
        var partner = partner("late-ended");
        long agreement = agreement(partner.id(), "REVENUE_SHARE", january, "25.00", null);
        var offering = offering("400.00", "EUR");
        var seat = registration(partner.id(), learner(partner), offering, null, "0.00", january.atDay(20).atTime(9, 0));
        StatementFixtures.close(january, "admin");
        long januaryStatement = statementIds(partner.id(), january).get(0);
        long voided = event(seat.id(), "VOIDED", february.atDay(3).atTime(14, 0));

        var run = StatementFixtures.close(february, "admin");
        assertThat(run.status()).isEqualTo("ISSUED");
        assertThat(run.json()).as("the partner is owed a statement for its late change")
                .containsEntry("partnersDue", 1).containsEntry("partnersDone", 1);

        var statements = rows("SELECT id, agreement_id, model, direction FROM partner_statement WHERE partner_id = ?"
                + " AND period_from = ?", partner.id(), february.atDay(1));
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0)[1]).as("under the agreement the seat was settled under").isEqualTo(agreement);
        assertThat(statements.get(0)[2]).isEqualTo("REVENUE_SHARE");
        assertThat(statements.get(0)[3]).isEqualTo("PARTNER_INVOICES_VENDOR");
        var lines = rows("""
                SELECT kind, amount, registration_id, adjusts_statement_id, sources FROM partner_statement_line
                WHERE statement_id = ?""", statements.get(0)[0]);
        assertThat(lines).as("only the late adjustment").hasSize(1);
        assertThat(lines.get(0)[0]).isEqualTo("LATE_ADJUSTMENT");
        assertThat(lines.get(0)[1]).isEqualTo(new BigDecimal("-100.00"));
        assertThat(lines.get(0)[2]).isEqualTo(seat.id());
        assertThat(lines.get(0)[3]).isEqualTo(januaryStatement);
        assertThat((String) lines.get(0)[4]).contains("REGISTRATION_EVENT:" + voided);

        assertThat(StatementFixtures.close(february, "admin").statementsIssued()).as("closing again issues nothing twice")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM partner_statement WHERE partner_id = ? AND period_from = ?", partner.id(),
                february.atDay(1))).isEqualTo(1);
    }

    @Test
    void onlyTheVendorAdminAndFinanceCloseAPeriod() {
        as("alice").body(Map.of("period", "2001-11")).post(V1 + "/statement-runs").then().statusCode(403).contentType(PROBLEM);
        as("pa.contoso").get(V1 + "/statement-runs").then().statusCode(403).contentType(PROBLEM);
        as("admin").get(V1 + "/statement-runs/999999999").then().statusCode(404).contentType(PROBLEM);
        assertThat(count("SELECT COUNT(*) FROM statement_run WHERE period_from = ?", LocalDate.of(2001, 11, 1))).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
