package org.partneracademy.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Each writer's file read back with the library that reads that format. */
class TableWriterTest {

    private static final List<Column> COLUMNS = List.of(Column.number("Id"), Column.text("Learner"), Column.money("Net"),
            Column.text("Currency"));

    private static byte[] write(ExportFormat format, List<List<?>> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var writer = TableWriter.open(format, out, "Test report", COLUMNS)) {
            for (var row : rows) {
                writer.row(row);
            }
        }
        return out.toByteArray();
    }

    private static final List<List<?>> ROWS = List.of(
            List.of(1L, "=cmd|' /C calc'!A0", new BigDecimal("-12.50"), "EUR"),
            Arrays.asList(2L, "Zoë Müller, \"Jr\"", new BigDecimal("1234.00"), "EUR"),
            Arrays.asList(3L, null, new BigDecimal("0.00"), "USD"));

    @Test
    void csvHasAHeaderNeutralisedTextAndPlainAmounts() throws IOException {
        String csv = new String(write(ExportFormat.CSV, ROWS), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get("Learner")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(records.get(0).get("Net")).isEqualTo("-12.50");
        assertThat(records.get(1).get("Learner")).isEqualTo("Zoë Müller, \"Jr\"");
        assertThat(records.get(2).get("Learner")).isEmpty();
        assertThat(records.get(2).get("Currency")).isEqualTo("USD");
    }

    @Test
    void xlsxHasStringCellsForTextAndNumericCellsForMoney() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(write(ExportFormat.XLSX, ROWS)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Learner");
            var first = sheet.getRow(1);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(-12.5);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            for (var row : sheet) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void xlsxStreamsMoreRowsThanItKeepsInMemory() throws IOException {
        var many = java.util.stream.IntStream.range(0, XlsxTableWriter.ROWS_IN_MEMORY * 3)
                .<List<?>>mapToObj(i -> List.of((long) i, "Learner " + i, new BigDecimal("10.00"), "EUR")).toList();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(write(ExportFormat.XLSX, many)))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(many.size());
            assertThat(workbook.getSheetAt(0).getRow(many.size()).getCell(1).getStringCellValue())
                    .isEqualTo("Learner " + (many.size() - 1));
        }
    }

    @Test
    void pdfShowsTheTitleAndEveryRowAcrossPages() throws IOException {
        var many = java.util.stream.IntStream.range(0, PdfTableWriter.ROWS_PER_CHUNK + 50)
                .<List<?>>mapToObj(i -> List.of((long) i, "Learner " + i, new BigDecimal("10.00"), "EUR")).toList();
        var reader = new PdfReader(write(ExportFormat.PDF, many));
        var text = new StringBuilder();
        var extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        assertThat(text).contains("Test report", "Learner 0", "Learner " + (many.size() - 1), "10.00");
    }

    @Test
    void anUnknownFormatIsABadField() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportFormat.parse("docx"))
                .hasMessageContaining("csv, xlsx, pdf");
        assertThat(ExportFormat.parse(" XLSX ")).isEqualTo(ExportFormat.XLSX);
    }
}
