package org.partneracademy.web.rest.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.platform.security.Role;
import org.partneracademy.reporting.export.ExportFormat;
import org.partneracademy.reporting.report.RegistrationReportQuery;
import org.partneracademy.reporting.report.RegistrationReports;
import org.partneracademy.web.rest.PagedResponse;
import org.partneracademy.web.rest.QueryParameters;

/** A partner's registration report for a period, as JSON pages or as a CSV, XLSX or PDF download. */
@Path("partners/{id}/registration-report")
@RequestScoped
@RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.FINANCE, Role.Names.PARTNER_ADMIN})
@Tag(name = "Statements")
public class RegistrationReportResource {

    @Inject
    RegistrationReports reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The registrations a partner sold or delivered with ledger events in a period, one page at a time",
            description = "Filters: location (of the learner), course, offering, trainer (an instructor of the session), learner (part of "
                    + "the name). "
                    + "Totals cover the whole report, per currency. A partner admin sees only their own partner "
                    + "(another is 404); a bad period, id, page or size (over 100) is 400.")
    public Response report(@PathParam("id") long partnerId,
            @Parameter(description = "The period by its first month, yyyy-MM", required = true) @QueryParam("period") String period,
            @QueryParam("locationId") String locationId, @QueryParam("courseId") String courseId,
            @QueryParam("offeringId") String offeringId, @QueryParam("trainerId") String trainerId,
            @Parameter(description = "Part of a learner's name") @QueryParam("learner") String learner,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        var query = query(partnerId, period, locationId, courseId, offeringId, trainerId, learner);
        var report = reports.run(query, QueryParameters.page(page, size));
        var rows = report.rows();
        var body = new RegistrationReportPage(partnerId, query.period(), rows.page(), rows.size(), rows.total(),
                rows.items(), report.totals());
        return PagedResponse.of(body, rows, uri);
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf",
            MediaType.APPLICATION_JSON})
    @Operation(summary = "The whole registration report as CSV, XLSX or PDF, streamed",
            description = "Same filters as the report. Text cells that a spreadsheet would read as a formula "
                    + "(= + - @ tab CR at the start) get a leading apostrophe. Unknown format: 400.")
    public Response export(@PathParam("id") long partnerId,
            @Parameter(description = "csv, xlsx or pdf", required = true) @QueryParam("format") String format,
            @QueryParam("period") String period,
            @QueryParam("locationId") String locationId, @QueryParam("courseId") String courseId,
            @QueryParam("offeringId") String offeringId, @QueryParam("trainerId") String trainerId,
            @QueryParam("learner") String learner) {
        var exportFormat = ExportFormat.parse(format);
        var query = query(partnerId, period, locationId, courseId, offeringId, trainerId, learner);
        // Refusals and bad input must answer as problems before the first byte of the file is sent.
        reports.check(query);
        return Exports.download(exportFormat, "registrations-" + partnerId + "-" + query.period(),
                out -> reports.export(query, exportFormat, out));
    }

    private static RegistrationReportQuery query(long partnerId, String period, String locationId, String courseId,
            String offeringId, String trainerId, String learner) {
        return new RegistrationReportQuery(partnerId, period == null ? null : period.strip(),
                QueryParameters.id("locationId", locationId), QueryParameters.id("courseId", courseId),
                QueryParameters.id("offeringId", offeringId), QueryParameters.id("trainerId", trainerId),
                QueryParameters.text("learner", learner));
    }
}
