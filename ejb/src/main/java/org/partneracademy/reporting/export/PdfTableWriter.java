package org.partneracademy.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A landscape A4 PDF: the title, then the table with its header repeated on every page. The table is
 * flushed to the document every {@value #ROWS_PER_CHUNK} rows, so a long report is written as it goes.
 */
final class PdfTableWriter implements TableWriter {

    static final int ROWS_PER_CHUNK = 200;

    private final List<Column> columns;
    private final Document document;
    private final Font font = FontFactory.getFont(FontFactory.HELVETICA, 7);
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
    private PdfPTable table;
    private int rowsInTable;

    PdfTableWriter(OutputStream out, String title, List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.document = new Document(PageSize.A4.rotate(), 20, 20, 20, 20);
        var writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.open();
        document.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
        table = newTable();
    }

    private PdfPTable newTable() {
        var t = new PdfPTable(columns.size());
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setComplete(false);
        for (var column : columns) {
            t.addCell(new PdfPCell(new Phrase(column.title(), bold)));
        }
        return t;
    }

    @Override
    public void row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            var column = columns.get(i);
            var cell = new PdfPCell(new Phrase(Cells.text(column, cells.get(i)), font));
            if (column.kind() != Column.Kind.TEXT) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
        if (++rowsInTable >= ROWS_PER_CHUNK) {
            document.add(table);
            rowsInTable = 0;
        }
    }

    @Override
    public void close() throws IOException {
        table.setComplete(true);
        document.add(table);
        document.close();
    }
}
