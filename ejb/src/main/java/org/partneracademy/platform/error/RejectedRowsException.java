package org.partneracademy.platform.error;

import java.util.List;

/**
 * A file import refused as a whole, with every problem found: the row (1 = the first data row after
 * the header; 0 = the file itself), the column, and what is wrong. Nothing of the file was written.
 */
public class RejectedRowsException extends DomainException {

    public record RowError(int row, String column, String message) {
    }

    private final transient List<RowError> errors;

    public RejectedRowsException(List<RowError> errors) {
        super("The file was not imported: " + errors.size() + " problem(s) found; nothing was changed");
        this.errors = List.copyOf(errors);
    }

    public static RejectedRowsException ofFile(String message) {
        return new RejectedRowsException(List.of(new RowError(0, "file", message)));
    }

    public List<RowError> errors() {
        return errors;
    }

    @Override
    public String title() {
        return "Import rejected";
    }
}
