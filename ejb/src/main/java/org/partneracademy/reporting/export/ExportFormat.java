package org.partneracademy.reporting.export;

import java.util.Arrays;
import java.util.Locale;
import org.partneracademy.platform.error.InvalidFieldsException;

/** The formats a report exports to, with what a browser needs to save the file. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named {@code csv}, {@code xlsx} or {@code pdf} (any case); anything else is a bad field. */
    public static ExportFormat parse(String name) {
        if (name == null || name.isBlank()) {
            throw InvalidFieldsException.of("format", "is required: one of csv, xlsx, pdf");
        }
        return Arrays.stream(values()).filter(f -> f.extension.equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> InvalidFieldsException.of("format", "must be one of csv, xlsx, pdf, not '" + name + "'"));
    }
}
