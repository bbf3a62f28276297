package org.partneracademy.web.rest.report;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.partneracademy.reporting.export.ExportFormat;

/** An export as a download: its media type, a file name and no caching (a report is private data). */
final class Exports {

    private Exports() {
    }

    static Response download(ExportFormat format, String baseName, StreamingOutput body) {
        return Response.ok(body, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + baseName + "." + format.extension() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
