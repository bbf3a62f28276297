package org.partneracademy.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes one table to a stream, a row at a time: the columns first, then the rows, then {@link #close()},
 * which finishes the file (it does not close the stream, which belongs to the caller).
 */
public interface TableWriter extends AutoCloseable {

    void row(List<?> cells) throws IOException;

    @Override
    void close() throws IOException;

    /** A writer of {@code format} with the given title (the PDF heading, the sheet name) and columns. */
    static TableWriter open(ExportFormat format, OutputStream out, String title, List<Column> columns) throws IOException {
        return switch (format) {
            case CSV -> new CsvTableWriter(out, columns);
            case XLSX -> new XlsxTableWriter(out, title, columns);
            case PDF -> new PdfTableWriter(out, title, columns);
        };
    }
}
