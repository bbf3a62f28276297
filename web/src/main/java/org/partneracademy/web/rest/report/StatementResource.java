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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.paging.PageRequest;
import org.partneracademy.platform.security.Role;
import org.partneracademy.reporting.export.ExportFormat;
import org.partneracademy.reporting.report.StatementView;
import org.partneracademy.reporting.report.StatementViews;
import org.partneracademy.reporting.report.VendorOverview;
import org.partneracademy.web.rest.PagedResponse;
import org.partneracademy.web.rest.QueryParameters;

/**
 * Reading statements: one with its lines, its export, and the vendor's overview of a period. The review
 * (confirm, dispute) has its own resource under the same path.
 */
@Path("statements")
@RequestScoped
@Tag(name = "Statements")
public class StatementResource {

    @Inject
    StatementViews statements;

    @GET
    @Path("{id: \\d+}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.FINANCE, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "One statement with its totals, licence usage and one page of its lines",
            description = "Lines in line order, page by page (page from 0, size 1-100, default 20); statement.lines and "
                    + "X-Total-Count say how many there are, Link headers name the next and previous page, and the "
                    + "export has them all. A partner admin sees only their own partner's statements; any other is 404.")
    public Response statement(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size,
            @Context UriInfo uri) {
        StatementView view = statements.statement(id, QueryParameters.page(page, size));
        return PagedResponse.of(view, Page.of(view.lines(), view.statement().lines(), PageRequest.of(view.page(), view.size())),
                uri);
    }

    @GET
    @Path("{id: \\d+}/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf",
            MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.FINANCE, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "A statement's lines as CSV, XLSX or PDF", description = "format=csv|xlsx|pdf; others 400")
    public Response export(@PathParam("id") long id, @QueryParam("format") String format) {
        var exportFormat = ExportFormat.parse(format);
        statements.checkExport(id);
        return Exports.download(exportFormat, "statement-" + id, out -> statements.export(id, exportFormat, out));
    }

    @GET
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.FINANCE})
    @Operation(summary = "All statements of a period: totals by model and currency, accrued vs confirmed, disputes open",
            description = "Vendor admin and finance only; a bad period is 400")
    public VendorOverview summary(@QueryParam("period") String period) {
        if (period == null || period.isBlank()) {
            throw InvalidFieldsException.of("period", "is required: a month as yyyy-MM");
        }
        return statements.overview(period);
    }
}
