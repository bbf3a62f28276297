package org.partneracademy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.ReportFixtures;
import org.partneracademy.it.support.StatementFixtures;
import org.partneracademy.it.support.TestDatabaseSession;

/**
 * The settlement journey in a real browser, on one partner and one month: the partner admin runs
 * the month's registration report from the menu, reads its rows and totals, downloads it as CSV and XLSX
 * (read back as a spreadsheet program would), opens the month's statement, disputes a line; finance
 * adjusts it on the dispute desk; the partner admin confirms the re-issued revision, which is then locked
 * with its number and hash.
 *
 * <p>"Last month" is September 2009 here: the ledger is written by {@link ReportFixtures} in a month of
 * this test's own and closed by the real close, so no other test's period is touched.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class SettlementJourneyBrowserIT {

    private static final YearMonth MONTH = YearMonth.of(2009, 9);

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aPartnerAdminRunsTheReportExportsItDisputesALineFinanceAdjustsAndThePartnerConfirms()
            throws SQLException, IOException {
        ReportFixtures.Ledger ledger;
        var db = TestDatabaseSession.coordinates();
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            ledger = ReportFixtures.write(connection, MONTH);
        }
        StatementFixtures.agreement(ledger.partnerP(), "REVENUE_SHARE", MONTH, "10.00", null);
        assertThat(StatementFixtures.close(MONTH, "finance").status()).isEqualTo("ISSUED");
        var expected = List.of(ledger.registration("R1"), ledger.registration("R2"), ledger.registration("R3"),
                ledger.registration("R4"), ledger.registration("R6"));

        // The report, on screen and downloaded.
        LoginPage.open(browser).signIn(ledger.adminP());
        var report = new PeoplePage(browser).openRegistrationReport().showPeriod(MONTH.toString());
        assertThat(report.registrationIds()).containsExactlyElementsOf(expected);
        assertThat(new BigDecimal(report.netTotal("EUR"))).isEqualByComparingTo("290.00");
        assertThat(new BigDecimal(report.netTotal("USD"))).isEqualByComparingTo("150.00");

        var csvFile = report.exportCsv();
        assertThat(csvFile.getFileName().toString()).isEqualTo("registrations-" + ledger.partnerP() + "-" + MONTH + ".csv");
        String csv = Files.readString(csvFile, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.substring(1))).getRecords();
        assertThat(records.stream().map(r -> Long.valueOf(r.get("Registration"))).toList()).containsExactlyElementsOf(expected);
        assertThat(records.get(2).get("Learner")).isEqualTo("'" + ReportFixtures.FORMULA_NAME);

        var xlsxFile = report.exportXlsx();
        try (InputStream in = Files.newInputStream(xlsxFile); var workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            assertThat((long) sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(expected.get(0));
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("'" + ReportFixtures.FORMULA_NAME);
        }
        assertThat(report.registrationIds()).as("the page is still usable after the downloads")
                .containsExactlyElementsOf(expected);
        // A filter from the catalog's menu narrows the rows and the totals alike.
        report.filterByCourse(ledger.courseCodeY());
        assertThat(report.registrationIds()).containsExactly(ledger.registration("R3"));
        assertThat(new BigDecimal(report.netTotal("USD"))).isEqualByComparingTo("150.00");
        assertThat(report.showsTotalIn("EUR")).as("course Y sells in dollars only").isFalse();
        assertThat(report.filterByLearner("lena").registrationIds()).as("Lena took course X, not Y").isEmpty();
        assertThat(report.filterByLearner("hyperlink").registrationIds()).containsExactly(ledger.registration("R3"));

        // The month's statement in euros: dispute its first line.
        var statements = report.openStatements().showPeriod(MONTH.toString());
        assertThat(statements.totals()).as("one statement of the one agreement, its totals per currency")
                .singleElement().asString().contains(" EUR").contains(" USD");
        var statement = statements.openIn("EUR");
        assertThat(statement.status()).isEqualTo("ISSUED");
        int lines = statement.lineDescriptions().size();
        assertThat(lines).isPositive();
        String comment = "Registration " + ledger.registration("R4") + " was cancelled on time, partner "
                + ledger.partnerP();
        statement.dispute(1, comment);
        assertThat(statement.status()).isEqualTo("DISPUTED");
        assertThat(statement.canConfirm()).isFalse();

        // Finance adjusts the disputed line.
        statement.signOut().signIn("finance");
        browser.assertAccessible(); // the landing page after signing in
        var desk = DisputeDeskPage.open(browser);
        assertThat(desk.comments()).anyMatch(c -> c.contains(comment));
        desk.adjust(comment, "-10.00", "Late cancellation waived");
        assertThat(desk.errors()).isEmpty();
        assertThat(desk.comments()).noneMatch(c -> c.contains(comment));

        // The partner confirms the re-issued revision; it is locked.
        desk.signOut().signIn(ledger.adminP());
        browser.assertAccessible(); // the landing page after signing in
        statement = new PeoplePage(browser).openStatements().showPeriod(MONTH.toString()).openIn("EUR");
        assertThat(statement.status()).isEqualTo("ISSUED");
        assertThat(statement.revision()).isEqualTo("2");
        assertThat(statement.lineDescriptions()).hasSize(lines + 1).last().asString().contains("Late cancellation waived");
        assertThat(statement.lineAmounts()).last().isEqualTo("-10.00");

        statement.confirm();
        assertThat(statement.errors()).isEmpty();
        assertThat(statement.status()).isEqualTo("LOCKED");
        assertThat(statement.number()).matches("ST-\\d{4}-\\d{6}");
        assertThat(statement.contentHash()).matches("[0-9a-f]{64}");
        assertThat(statement.canConfirm()).isFalse();
    }
}
