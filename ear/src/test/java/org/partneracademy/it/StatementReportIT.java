package org.partneracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.partneracademy.it.support.Api.V1;
import static org.partneracademy.it.support.Api.as;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partneracademy.it.support.RealEar;
import org.partneracademy.it.support.ReportFixtures;
import org.partneracademy.it.support.StatementFixtures;
import org.partneracademy.it.support.TestDatabaseSession;

/**
 * The registration report over REST against a ledger the test wrote in March 2008: its rows and totals
 * match what was written, the filters and paging, the three exports parsed back (CSV, XLSX with POI, PDF
 * text with OpenPDF) with formula cells neutralised, and bad input answered as problems.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class StatementReportIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String MONTH = "2008-03";
    private static ReportFixtures.Ledger ledger;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return RealEar.archive();
    }

    static synchronized ReportFixtures.Ledger ledger() {
        if (ledger == null) {
            var db = TestDatabaseSession.coordinates();
            try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                ledger = ReportFixtures.write(connection, YearMonth.parse(MONTH));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return ledger;
    }

    private static String report(Map<String, Object> parameters) {
        var l = ledger();
        return as(l.adminP()).queryParams(parameters).get(V1 + "/partners/" + l.partnerP() + "/registration-report")
                .then().statusCode(200).extract().asString();
    }

    private static Map<String, Object> period() {
        var parameters = new HashMap<String, Object>();
        parameters.put("period", MONTH);
        return parameters;
    }

    @Test
    void theReportHoldsThePartnersRegistrationsWithLedgerEventsInThePeriodAndTheirTotals() {
        var l = ledger();
        var json = JsonPath.from(report(period()));
        assertThat(json.getList("rows.registrationId", Long.class)).containsExactly(l.registration("R1"),
                l.registration("R2"), l.registration("R3"), l.registration("R4"), l.registration("R6"));
        assertThat(json.getLong("total")).isEqualTo(5);
        assertThat(json.getList("rows.role", String.class)).containsExactly("SOLD", "SOLD", "SOLD", "SOLD", "DELIVERED");
        assertThat(json.getList("rows.state", String.class))
                .containsExactly("ATTENDED", "CANCELLED", "SEAT_TAKEN", "LATE_CANCELLED", "SEAT_TAKEN");
        assertThat(json.getList("rows.net").stream().map(n -> new BigDecimal(n.toString())).toList())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("90"), BigDecimal.ZERO, new BigDecimal("150"), new BigDecimal("100"),
                        new BigDecimal("100"));
        assertThat(json.getString("rows[0].trainers")).startsWith("Theo Trainer");
        assertThat(json.getString("rows[2].learner")).isEqualTo(ReportFixtures.FORMULA_NAME);

        // Totals per currency, never added across currencies, and equal to the sum of the rows.
        assertThat(json.getList("totals.currency", String.class)).containsExactly("EUR", "USD");
        assertThat(decimal(json, "totals[0].net")).isEqualByComparingTo("290.00");
        assertThat(decimal(json, "totals[0].listPrice")).isEqualByComparingTo("400.00");
        assertThat(decimal(json, "totals[0].discount")).isEqualByComparingTo("10.00");
        assertThat(json.getLong("totals[0].registrations")).isEqualTo(4);
        assertThat(decimal(json, "totals[1].net")).isEqualByComparingTo("150.00");
        assertThat(decimal(json, "totals[1].refunded")).isEqualByComparingTo("30.00");
    }

    @Test
    void filtersNarrowTheReportAndItsTotals() {
        var l = ledger();
        assertThat(ids(Map.of("locationId", l.locationA()))).containsExactly(l.registration("R1"), l.registration("R3"));
        assertThat(ids(Map.of("courseId", l.courseY()))).containsExactly(l.registration("R3"));
        assertThat(ids(Map.of("offeringId", l.offeringX()))).containsExactly(l.registration("R1"), l.registration("R2"),
                l.registration("R4"), l.registration("R6"));
        assertThat(ids(Map.of("trainerId", l.trainer(), "locationId", l.locationB())))
                .containsExactly(l.registration("R2"), l.registration("R4"));
        // Part of a learner's name, in any case; the user's own % is a character, not a wildcard.
        assertThat(ids(Map.of("learner", "lena one"))).containsExactly(l.registration("R1"));
        assertThat(ids(Map.of("learner", "=HYPERLINK"))).containsExactly(l.registration("R3"));
        assertThat(ids(Map.of("learner", "%"))).isEmpty();
        assertThat(ids(Map.of("learner", "Two", "courseId", l.courseY()))).isEmpty();
        var parameters = period();
        parameters.put("courseId", l.courseY());
        var json = JsonPath.from(report(parameters));
        assertThat(json.getList("totals.currency", String.class)).containsExactly("USD");

        // Another month: only the registration of April.
        var april = new HashMap<String, Object>(Map.of("period", "2008-04"));
        assertThat(JsonPath.from(report(april)).getList("rows.registrationId", Long.class))
                .containsExactly(l.registration("R5"));
    }

    @Test
    void theReportIsPagedByTheDatabase() {
        var l = ledger();
        var parameters = period();
        parameters.put("size", 2);
        parameters.put("page", 1);
        var response = as(l.adminP()).queryParams(parameters)
                .get(V1 + "/partners/" + l.partnerP() + "/registration-report").then().statusCode(200)
                .header("X-Total-Count", "5").extract();
        assertThat(response.headers().getValues("Link")).anySatisfy(link -> assertThat(link).contains("page=2")
                .contains("rel=\"next\"")).anySatisfy(link -> assertThat(link).contains("page=0").contains("rel=\"prev\""));
        assertThat(JsonPath.from(response.asString()).getList("rows.registrationId", Long.class))
                .containsExactly(l.registration("R3"), l.registration("R4"));
        parameters.put("page", 2);
        assertThat(JsonPath.from(report(parameters)).getList("rows.registrationId", Long.class))
                .containsExactly(l.registration("R6"));
        // Totals are of the whole report, not of the page.
        assertThat(decimal(JsonPath.from(report(parameters)), "totals[0].net")).isEqualByComparingTo("290.00");
        // Past the rows the totals find ids for (2,000), a page is read by the rows query: same count, no rows.
        parameters.put("size", 100);
        parameters.put("page", 20);
        var far = as(l.adminP()).queryParams(parameters).get(V1 + "/partners/" + l.partnerP() + "/registration-report")
                .then().statusCode(200).header("X-Total-Count", "5").extract().asString();
        assertThat(JsonPath.from(far).getList("rows")).isEmpty();
        assertThat(decimal(JsonPath.from(far), "totals[0].net")).isEqualByComparingTo("290.00");
    }

    @Test
    void theCsvExportParsesBackToTheReportWithFormulaCellsNeutralised() throws IOException {
        var csv = new String(export("csv", "text/csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(5);
        assertThat(records.stream().map(r -> Long.valueOf(r.get("Registration"))).toList())
                .containsExactlyElementsOf(reportIds());
        assertThat(records.get(2).get("Learner")).isEqualTo("'" + ReportFixtures.FORMULA_NAME);
        Map<String, BigDecimal> net = new TreeMap<>();
        records.forEach(r -> net.merge(r.get("Currency"), new BigDecimal(r.get("Net")), BigDecimal::add));
        assertThat(net).containsExactly(Map.entry("EUR", new BigDecimal("290.00")), Map.entry("USD", new BigDecimal("150.00")));
    }

    @Test
    void theXlsxExportParsesBackWithPoiAndHasNoFormulaCells() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx", "spreadsheetml")))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            var header = sheet.getRow(0);
            int learner = column(header, "Learner");
            int net = column(header, "Net");
            int currency = column(header, "Currency");
            assertThat(sheet.getRow(3).getCell(learner).getStringCellValue()).isEqualTo("'" + ReportFixtures.FORMULA_NAME);
            Map<String, BigDecimal> totals = new TreeMap<>();
            for (int i = 1; i <= 5; i++) {
                var row = sheet.getRow(i);
                assertThat(row.getCell(net).getCellType()).isEqualTo(CellType.NUMERIC);
                totals.merge(row.getCell(currency).getStringCellValue(),
                        BigDecimal.valueOf(row.getCell(net).getNumericCellValue()), BigDecimal::add);
                for (var cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
            assertThat(totals.get("EUR")).isEqualByComparingTo("290");
            assertThat(totals.get("USD")).isEqualByComparingTo("150");
        }
    }

    @Test
    void thePdfExportShowsTheReportAsText() throws IOException {
        var l = ledger();
        var reader = new PdfReader(export("pdf", "application/pdf"));
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        // Narrow columns wrap long words across lines; read the text as one run without white space.
        String compact = text.toString().replaceAll("\\s+", "");
        assertThat(text).contains("Registration report " + MONTH, "90.00", "150.00", "DELIVERED");
        assertThat(compact).contains(l.courseCodeX(), l.courseCodeY(), "LATE_CANCELLED",
                "'" + ReportFixtures.FORMULA_NAME.replaceAll("\\s+", ""));
    }

    @Test
    void badInputIsAProblem() {
        var l = ledger();
        String report = V1 + "/partners/" + l.partnerP() + "/registration-report";
        as(l.adminP()).queryParam("period", MONTH).queryParam("format", "docx").get(report + "/export")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("csv, xlsx, pdf"));
        as(l.adminP()).queryParam("period", MONTH).get(report + "/export")
                .then().statusCode(400).contentType(PROBLEM);
        as(l.adminP()).queryParam("period", "2008-13").get(report).then().statusCode(400).contentType(PROBLEM);
        as(l.adminP()).queryParam("period", "March").get(report).then().statusCode(400).contentType(PROBLEM);
        as(l.adminP()).get(report).then().statusCode(400).contentType(PROBLEM);
        as(l.adminP()).queryParam("period", MONTH).queryParam("size", 101).get(report)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("size"));
        as(l.adminP()).queryParam("period", MONTH).queryParam("page", -1).get(report)
                .then().statusCode(400).contentType(PROBLEM);
        as(l.adminP()).queryParam("period", MONTH).queryParam("learner", "x".repeat(201)).get(report)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("learner"));
        as(l.adminP()).queryParam("period", MONTH).queryParam("courseId", "abc").get(report)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("courseId"));
        as(l.adminP()).queryParam("period", MONTH).queryParam("courseId", -3).get(report)
                .then().statusCode(400).contentType(PROBLEM);
        // The vendor admin and finance read any partner's report.
        as("admin").queryParam("period", MONTH).get(report).then().statusCode(200).body("total", equalTo(5));
        as("finance").queryParam("period", MONTH).get(report).then().statusCode(200).body("total", equalTo(5));
    }

    @Test
    void thePartnersStatementsTheirLinesExportsAndTheVendorOverview() throws IOException {
        var l = ledger();
        long own;
        long other;
        var db = TestDatabaseSession.coordinates();
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            own = ReportFixtures.statement(connection, l.partnerP(), YearMonth.of(2008, 6), false, true);
            other = ReportFixtures.statement(connection, l.partnerQ(), YearMonth.of(2008, 6), true, false);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        var list = JsonPath.from(as(l.adminP()).queryParam("period", "2008-06")
                .get(V1 + "/partners/" + l.partnerP() + "/statements").then().statusCode(200).extract().asString());
        assertThat(list.getList("id", Long.class)).containsExactly(own);
        assertThat(list.getString("[0].status")).isEqualTo("DISPUTED");
        assertThat(list.getLong("[0].openDisputes")).isEqualTo(1);
        assertThat(list.getLong("[0].lines")).isEqualTo(2);
        assertThat(decimal(list, "[0].totals[0].amount")).isEqualByComparingTo("40.00");
        as(l.adminP()).queryParam("period", "2008-07").get(V1 + "/partners/" + l.partnerP() + "/statements")
                .then().statusCode(200).body("size()", equalTo(0));

        var statement = JsonPath.from(as(l.adminP()).get(V1 + "/statements/" + own).then().statusCode(200)
                .extract().asString());
        assertThat(statement.getList("lines.lineNo", Integer.class)).containsExactly(1, 2);
        assertThat(statement.getString("statement.model")).isEqualTo("REVENUE_SHARE");
        assertThat(statement.getLong("statement.lines")).isEqualTo(2);
        // The lines page; the totals stay those of every line.
        var secondLine = JsonPath.from(as(l.adminP()).queryParam("page", 1).queryParam("size", 1)
                .get(V1 + "/statements/" + own).then().statusCode(200).header("X-Total-Count", "2")
                .header("Link", containsString("page=0")).header("Link", containsString("rel=\"prev\"")).extract().asString());
        assertThat(secondLine.getList("lines.lineNo", Integer.class)).containsExactly(2);
        assertThat(secondLine.getInt("page")).isEqualTo(1);
        assertThat(decimal(secondLine, "statement.totals[0].amount")).isEqualByComparingTo(
                decimal(statement, "statement.totals[0].amount"));
        var pastTheEnd = JsonPath.from(as(l.adminP()).queryParam("page", 5).get(V1 + "/statements/" + own)
                .then().statusCode(200).extract().asString());
        assertThat(pastTheEnd.getList("lines")).isEmpty();
        assertThat(pastTheEnd.getLong("statement.lines")).isEqualTo(2);
        // Bad paging is a problem: a size over 100, a negative page, a page that is no number.
        as(l.adminP()).queryParam("size", 101).get(V1 + "/statements/" + own)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("size"));
        as(l.adminP()).queryParam("page", -1).get(V1 + "/statements/" + own)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("page"));
        as(l.adminP()).queryParam("page", "two").get(V1 + "/statements/" + own)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("page"));

        var csv = new String(as(l.adminP()).queryParam("format", "csv").get(V1 + "/statements/" + own + "/export")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        List<CSVRecord> lines = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).get("Description")).isEqualTo("'-refund of =SUM(A1:A9)");
        assertThat(lines.get(1).get("Amount")).isEqualTo("-5.00");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(as(l.adminP()).queryParam("format", "xlsx")
                .get(V1 + "/statements/" + own + "/export").then().statusCode(200).extract().asByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(2).getStringCellValue()).isEqualTo("'-refund of =SUM(A1:A9)");
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(5).getNumericCellValue()).isEqualTo(-5.0);
        }
        var pdf = new PdfReader(as(l.adminP()).queryParam("format", "pdf").get(V1 + "/statements/" + own + "/export")
                .then().statusCode(200).extract().asByteArray());
        assertThat(new PdfTextExtractor(pdf).getTextFromPage(1)).contains("Share of seats sold", "45.00", "-5.00");

        var overview = JsonPath.from(as("finance").queryParam("period", "2008-06").get(V1 + "/statements/summary")
                .then().statusCode(200).extract().asString());
        assertThat(overview.getLong("statements")).isEqualTo(2);
        assertThat(overview.getLong("openDisputes")).isEqualTo(1);
        assertThat(overview.getString("totals[0].model")).isEqualTo("REVENUE_SHARE");
        assertThat(overview.getString("totals[0].currency")).isEqualTo("EUR");
        assertThat(decimal(overview, "totals[0].accrued")).isEqualByComparingTo("40.00");
        assertThat(decimal(overview, "totals[0].confirmed")).isEqualByComparingTo("40.00");
        as("admin").queryParam("period", "2008-06").get(V1 + "/statements/summary").then().statusCode(200)
                .body("statements", equalTo(2));
        as("finance").get(V1 + "/statements/summary").then().statusCode(400).contentType(PROBLEM);
        as("finance").queryParam("period", "2008-6").get(V1 + "/statements/summary").then().statusCode(400)
                .contentType(PROBLEM);
        as(l.adminP()).queryParam("format", "ods").get(V1 + "/statements/" + own + "/export").then().statusCode(400)
                .contentType(PROBLEM);
        // The other partner's statement is the vendor's to see, not this partner's.
        as("finance").get(V1 + "/statements/" + other).then().statusCode(200).body("statement.status", equalTo("LOCKED"));
    }

    /**
     * A statement issued by the real close (June 2009, a 20 % revenue share): the partner's list, the
     * statement with its lines, its export and the vendor's overview agree with it, and its total is the
     * share of the registration report's net for the same month.
     */
    @Test
    void aStatementOfTheRealCloseAgreesWithTheRegistrationReport() throws IOException {
        var issued = StatementFixtures.issuedRevenueShare(YearMonth.of(2009, 6));
        String admin = issued.partner().adminUsername();
        long partner = issued.partner().id();
        long statement = issued.statementId();

        var list = JsonPath.from(as(admin).queryParam("period", "2009-06").get(V1 + "/partners/" + partner + "/statements")
                .then().statusCode(200).extract().asString());
        assertThat(list.getList("id", Long.class)).containsExactly(statement);
        assertThat(list.getString("[0].status")).isEqualTo("ISSUED");
        assertThat(list.getString("[0].totals[0].currency")).isEqualTo("EUR");
        assertThat(decimal(list, "[0].totals[0].amount")).isEqualByComparingTo("380.00");

        var view = JsonPath.from(as(admin).get(V1 + "/statements/" + statement).then().statusCode(200).extract().asString());
        assertThat(view.getList("lines.amount").stream().map(a -> new BigDecimal(a.toString())).toList())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("200"), new BigDecimal("180"), BigDecimal.ZERO);
        assertThat(view.getList("lines.registrationId", Long.class)).containsExactlyInAnyOrderElementsOf(
                issued.registrations().stream().map(StatementFixtures.TestRegistration::id).toList());

        var report = JsonPath.from(as(admin).queryParam("period", "2009-06")
                .get(V1 + "/partners/" + partner + "/registration-report").then().statusCode(200).extract().asString());
        assertThat(report.getLong("total")).isEqualTo(3);
        assertThat(decimal(report, "totals[0].net")).isEqualByComparingTo("1900.00");
        assertThat(decimal(report, "totals[0].net").multiply(new BigDecimal("0.20")))
                .isEqualByComparingTo(decimal(list, "[0].totals[0].amount"));

        var csv = new String(as(admin).queryParam("format", "csv").get(V1 + "/statements/" + statement + "/export")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords()).hasSize(3);

        var overview = JsonPath.from(as("finance").queryParam("period", "2009-06").get(V1 + "/statements/summary")
                .then().statusCode(200).extract().asString());
        assertThat(overview.getLong("statements")).isEqualTo(1);
        assertThat(overview.getLong("openDisputes")).isZero();
        assertThat(decimal(overview, "totals[0].accrued")).isEqualByComparingTo("380.00");
        assertThat(decimal(overview, "totals[0].confirmed")).isEqualByComparingTo("0");

        // Another partner's admin does not see it.
        as("pa.contoso").get(V1 + "/statements/" + statement).then().statusCode(404).contentType(PROBLEM);
        as("pa.contoso").queryParam("format", "xlsx").get(V1 + "/statements/" + statement + "/export")
                .then().statusCode(404).contentType(PROBLEM);
        as("pa.contoso").get(V1 + "/partners/" + partner + "/statements").then().statusCode(404).contentType(PROBLEM);
    }

    private static byte[] export(String format, String mediaType) {
        var l = ledger();
        return as(l.adminP()).queryParam("period", MONTH).queryParam("format", format)
                .get(V1 + "/partners/" + l.partnerP() + "/registration-report/export")
                .then().statusCode(200).contentType(containsString(mediaType))
                .header("Content-Disposition", containsString("registrations-" + l.partnerP() + "-" + MONTH + "." + format))
                .extract().asByteArray();
    }

    private static List<Long> reportIds() {
        var l = ledger();
        return List.of(l.registration("R1"), l.registration("R2"), l.registration("R3"), l.registration("R4"),
                l.registration("R6"));
    }

    private static List<Long> ids(Map<String, Object> filters) {
        var parameters = period();
        parameters.putAll(filters);
        return JsonPath.from(report(parameters)).getList("rows.registrationId", Long.class);
    }

    private static BigDecimal decimal(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    private static int column(org.apache.poi.ss.usermodel.Row header, String title) {
        for (var cell : header) {
            if (cell.getStringCellValue().equals(title)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + title);
    }
}
