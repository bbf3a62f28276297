package org.partneracademy.partner;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.partneracademy.platform.error.RejectedRowsException;

/**
 * The people import file: UTF-8 CSV with a header row. Required columns: username, displayName, email,
 * position, locations, roles, initialPassword; optional: persona, manager (a user name). Several
 * locations or roles in one cell are separated by ";". Problems with the file as a whole (encoding,
 * columns, size) are refused here; the rows are judged by {@link PeopleService}.
 */
final class PeopleCsv {

    static final List<String> REQUIRED = List.of("username", "displayName", "email", "position", "locations", "roles",
            "initialPassword");
    static final List<String> OPTIONAL = List.of("persona", "manager");
    /**
     * Each imported person costs one PBKDF2 hash (about 170 ms on 2 cores), all inside one transaction:
     * 500 rows stay well inside the server's 300 s transaction timeout. Larger files wait for a
     * background import.
     */
    static final int MAX_ROWS = 500;

    /** One data row, cells trimmed, empty cells as null; {@code number} counts data rows from 1. */
    record Row(int number, Map<String, String> cells) {

        String get(String column) {
            return cells.get(column);
        }

        List<String> list(String column) {
            String value = cells.get(column);
            return value == null ? List.of()
                    : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    private PeopleCsv() {
    }

    static List<Row> parse(byte[] content) {
        String text = strictUtf8(content);
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            var columns = Set.copyOf(parser.getHeaderNames());
            var missing = REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw RejectedRowsException.ofFile("Missing column(s): " + String.join(", ", missing)
                        + ". Required: " + String.join(", ", REQUIRED) + "; optional: " + String.join(", ", OPTIONAL));
            }
            var rows = new ArrayList<Row>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw RejectedRowsException.ofFile("More than " + MAX_ROWS + " rows; split the file");
                }
                rows.add(new Row(rows.size() + 1, cellsOf(record)));
            }
            if (rows.isEmpty()) {
                throw RejectedRowsException.ofFile("The file has a header but no people");
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw RejectedRowsException.ofFile("The file is not valid CSV: " + e.getMessage());
        }
    }

    private static Map<String, String> cellsOf(CSVRecord record) {
        var cells = new HashMap<String, String>();
        record.toMap().forEach((column, value) -> cells.put(column, value == null || value.isBlank() ? null : value.strip()));
        return cells;
    }

    /** Decodes UTF-8 and refuses anything else, instead of silently turning names into replacement characters. */
    private static String strictUtf8(byte[] content) {
        if (content == null || content.length == 0) {
            throw RejectedRowsException.ofFile("The file is empty");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw RejectedRowsException.ofFile("The file is not UTF-8 encoded; save it as \"CSV UTF-8\" and try again");
        }
    }
}
