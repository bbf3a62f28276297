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
import org.partneracademy.it.support.TestDatabaseSession;

/**
 * A partner admin opens the registration report from the menu, shows a past month (February 2009, the
 * ledger written by the test), reads its rows and totals, and downloads it as CSV and XLSX; the test reads
 * the downloaded files as the admin's spreadsheet program would.
 */
@Tag("browser")
@ExtendWith(ArquillianExtension.class)
class RegistrationReportBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    @Test
    void aPartnerAdminRunsAPastMonthsReportAndDownloadsItAsCsvAndXlsx() throws SQLException, IOException {
        ReportFixtures.Ledger ledger;
        var db = TestDatabaseSession.coordinates();
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            ledger = ReportFixtures.write(connection, YearMonth.of(2009, 2));
        }
        var expected = List.of(ledger.registration("R1"), ledger.registration("R2"), ledger.registration("R3"),
                ledger.registration("R4"), ledger.registration("R6"));

        LoginPage.open(browser).signIn(ledger.adminP());
        var report = new PeoplePage(browser).openRegistrationReport().showPeriod("2009-02");
        assertThat(report.registrationIds()).containsExactlyElementsOf(expected);
        assertThat(new BigDecimal(report.netTotal("EUR"))).isEqualByComparingTo("290.00");
        assertThat(new BigDecimal(report.netTotal("USD"))).isEqualByComparingTo("150.00");

        var csvFile = report.exportCsv();
        assertThat(csvFile.getFileName().toString()).isEqualTo("registrations-" + ledger.partnerP() + "-2009-02.csv");
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
        // The page is still there and usable after the downloads.
        assertThat(report.registrationIds()).containsExactlyElementsOf(expected);
    }
}
