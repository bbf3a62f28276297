package org.partneracademy.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as RFC 4180 with a header row, UTF-8 with a byte-order mark so that Excel reads accents right.
 * Money is written with a dot and two decimals, whatever the reader's locale.
 */
final class CsvTableWriter implements TableWriter {

    private final List<Column> columns;
    private final OutputStreamWriter writer;
    private final CSVPrinter printer;

    CsvTableWriter(OutputStream out, List<Column> columns) throws IOException {
        this.columns = List.copyOf(columns);
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(columns.stream().map(c -> FormulaNeutraliser.neutralise(c.title())).toList());
    }

    @Override
    public void row(List<?> cells) throws IOException {
        List<String> record = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            record.add(Cells.text(columns.get(i), cells.get(i)));
        }
        printer.printRecord(record);
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
