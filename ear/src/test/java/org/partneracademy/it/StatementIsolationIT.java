package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.ReportFixtures;
import org.partneracademy.it.support.StatementFixtures;
import org.partneracademy.it.support.TestDatabaseSession;

/**
 * A partner sees only its own reports and statements: every report endpoint and every export asked with
 * another partner's ids answers 404 (as if it did not exist), and a caller of the wrong role 403, both as
 * problem+json. The ledger and statements lie in September 2008.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class StatementIsolationIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String MONTH = "2008-09";
    private static ReportFixtures.Ledger ledger;
    private static long statementP;
    private static long statementQ;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @BeforeAll
    static void writeLedger() throws SQLException {
        var db = TestDatabaseSession.coordinates();
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            ledger = ReportFixtures.write(connection, YearMonth.parse(MONTH));
            statementP = ReportFixtures.statement(connection, ledger.partnerP(), YearMonth.parse(MONTH), false, false);
            statementQ = ReportFixtures.statement(connection, ledger.partnerQ(), YearMonth.parse(MONTH), true, false);
        }
    }

    /** Every report and statement address of a partner and statement, with its query. */
    private static List<String> addresses(long partner, long statement) {
        String base = V1 + "/partners/" + partner;
        return List.of(
                base + "/registration-report?period=" + MONTH,
                base + "/registration-report/export?format=csv&period=" + MONTH,
                base + "/registration-report/export?format=xlsx&period=" + MONTH,
                base + "/registration-report/export?format=pdf&period=" + MONTH,
                base + "/statements?period=" + MONTH,
                base + "/statements",
                V1 + "/statements/" + statement,
                V1 + "/statements/" + statement + "/export?format=csv",
                V1 + "/statements/" + statement + "/export?format=xlsx",
                V1 + "/statements/" + statement + "/export?format=pdf");
    }

    @Test
    void eachPartnerReadsItsOwn() {
        for (String address : addresses(ledger.partnerP(), statementP)) {
            as(ledger.adminP()).get(address).then().statusCode(200);
        }
        for (String address : addresses(ledger.partnerQ(), statementQ)) {
            as(ledger.adminQ()).get(address).then().statusCode(200);
        }
    }

    @Test
    void anotherPartnersReportsAndStatementsAreNotFound() {
        for (String address : addresses(ledger.partnerQ(), statementQ)) {
            as(ledger.adminP()).get(address).then().statusCode(404).contentType(PROBLEM);
        }
        for (String address : addresses(ledger.partnerP(), statementP)) {
            as(ledger.adminQ()).get(address).then().statusCode(404).contentType(PROBLEM);
        }
        // The demo partner admin of another partner, too.
        for (String address : addresses(ledger.partnerP(), statementP)) {
            as("pa.contoso").get(address).then().statusCode(404).contentType(PROBLEM);
        }
    }

    private static String locationAdminOfA() throws SQLException {
        var db = TestDatabaseSession.coordinates();
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            return ReportFixtures.locationAdmin(connection, ledger);
        }
    }

    @Test
    void aLocationAdminReadsTheReportOfTheirLocationsLearnersOnly() throws SQLException {
        String admin = locationAdminOfA();
        String report = V1 + "/partners/" + ledger.partnerP() + "/registration-report";
        // R1 and R3 are of learners at location A; R2 and R4 at B, R6 of Q's learner.
        var atA = List.of(ledger.registration("R1"), ledger.registration("R3"));
        var body = as(admin).queryParam("period", MONTH).get(report).then().statusCode(200).extract().jsonPath();
        assertThat(body.getList("rows.registrationId", Long.class)).containsExactlyElementsOf(atA);
        assertThat(body.getLong("total")).isEqualTo(2);
        assertThat(body.getList("totals.registrations", Long.class)).containsExactly(1L, 1L);
        as(admin).queryParam("period", MONTH).queryParam("locationId", ledger.locationA()).get(report).then()
                .statusCode(200).body("total", equalTo(2));
        as(admin).queryParam("period", MONTH).queryParam("locationId", ledger.locationB()).get(report).then()
                .statusCode(404).contentType(PROBLEM);
        String csv = as(admin).queryParam("period", MONTH).queryParam("format", "csv").get(report + "/export").then()
                .statusCode(200).extract().asString();
        assertThat(csv.lines().skip(1).map(line -> Long.valueOf(line.substring(0, line.indexOf(',')).replaceAll("\\D", ""))))
                .containsExactlyElementsOf(atA);
        // The whole partner's admin still sees all five.
        as(ledger.adminP()).queryParam("period", MONTH).get(report).then().statusCode(200).body("total", equalTo(5));
    }

    @Test
    void aLocationAdminReadsAndReviewsNoStatements() throws SQLException {
        String admin = locationAdminOfA();
        for (String address : List.of(V1 + "/partners/" + ledger.partnerP() + "/statements?period=" + MONTH,
                V1 + "/statements/" + statementP, V1 + "/statements/" + statementP + "/export?format=csv")) {
            as(admin).get(address).then().statusCode(403).contentType(PROBLEM);
        }
        as(admin).post(V1 + "/statements/" + statementP + "/confirmation").then().statusCode(403).contentType(PROBLEM);
        assertThat(StatementFixtures.single("SELECT status FROM partner_statement WHERE id = ?", statementP))
                .as("nothing confirmed").isEqualTo("ISSUED");
        as(ledger.adminP()).get(V1 + "/statements/" + statementP).then().statusCode(200);
    }

    @Test
    void theReportPageShowsThePeriodItsAddressNamesAndOnlyToItsPartner() {
        String page = RealEar.BASE_URL + "/partner/registration-report.xhtml?period=" + MONTH;
        String html = as(ledger.adminP()).redirects().follow(false).accept("text/html").get(page).then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("value=\"" + MONTH + "\"").contains(">" + ledger.registration("R1") + "<")
                .contains(">" + ledger.registration("R6") + "<");
        String other = as(ledger.adminQ()).redirects().follow(false).accept("text/html").get(page).then().statusCode(200)
                .extract().asString();
        assertThat(other).as("Q's admin sees Q's report of the month, not P's rows")
                .doesNotContain(">" + ledger.registration("R1") + "<");
        as(ledger.adminP()).redirects().follow(false).accept("text/html")
                .get(RealEar.BASE_URL + "/partner/registration-report.xhtml?period=not-a-month").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("must be a month as yyyy-MM"));
    }

    @Test
    void anotherPartnersLocationIsNoFilter() {
        as(ledger.adminP()).queryParam("period", MONTH).queryParam("locationId", ledger.locationQ())
                .get(V1 + "/partners/" + ledger.partnerP() + "/registration-report")
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("Location"));
        as(ledger.adminP()).queryParam("period", MONTH).queryParam("locationId", ledger.locationQ()).queryParam("format", "csv")
                .get(V1 + "/partners/" + ledger.partnerP() + "/registration-report/export")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void unknownPartnersAndStatementsAreNotFoundEvenForTheVendor() {
        for (String address : addresses(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2)) {
            as("finance").get(address).then().statusCode(404).contentType(PROBLEM);
        }
    }

    @Test
    void theWrongRoleIsForbidden() {
        for (String user : List.of("alice", "trainer.contoso", "leader")) {
            for (String address : addresses(ledger.partnerP(), statementP)) {
                as(user).get(address).then().statusCode(403).contentType(PROBLEM);
            }
            as(user).get(V1 + "/statements/summary?period=" + MONTH).then().statusCode(403).contentType(PROBLEM);
        }
        // The vendor overview is the vendor's: a partner admin is refused it, not shown an empty one.
        as(ledger.adminP()).get(V1 + "/statements/summary?period=" + MONTH).then().statusCode(403).contentType(PROBLEM);
        as("pa.contoso").get(V1 + "/statements/summary?period=" + MONTH).then().statusCode(403).contentType(PROBLEM);
    }
}
