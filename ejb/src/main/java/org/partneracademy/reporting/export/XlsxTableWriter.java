package org.partneracademy.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only the last {@value #ROWS_IN_MEMORY} rows stay in memory, the
 * rest go to a temporary file that {@link #close()} deletes. Text cells are neutralised and stored as
 * strings (never formulas); numbers and money are numeric cells, money formatted with two decimals.
 */
final class XlsxTableWriter implements TableWriter {

    static final int ROWS_IN_MEMORY = 100;

    private final OutputStream out;
    private final List<Column> columns;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle money;
    private int next;

    XlsxTableWriter(OutputStream out, String title, List<Column> columns) {
        this.out = out;
        this.columns = List.copyOf(columns);
        this.workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
        this.money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        var header = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(FormulaNeutraliser.neutralise(columns.get(i).title()));
        }
    }

    @Override
    public void row(List<?> cells) {
        var row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            var cell = row.createCell(i);
            var column = columns.get(i);
            switch (column.kind()) {
                case TEXT -> cell.setCellValue(FormulaNeutraliser.neutralise(value.toString()));
                case NUMBER -> cell.setCellValue(Cells.decimal(value).doubleValue());
                case MONEY -> {
                    // A double holds every amount of up to 15 significant digits exactly enough to show
                    // it back with two decimals; the exact value is also in the CSV and the REST answer.
                    cell.setCellValue(Cells.decimal(value).doubleValue());
                    cell.setCellStyle(money);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }
}
