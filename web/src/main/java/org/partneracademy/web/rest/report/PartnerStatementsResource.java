package org.partneracademy.web.rest.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.platform.security.Role;
import org.partneracademy.reporting.report.StatementViews;
import org.partneracademy.web.rest.PagedResponse;

/** A partner's statements. */
@Path("partners/{id}/statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.FINANCE, Role.Names.PARTNER_ADMIN})
@Tag(name = "Statements")
public class PartnerStatementsResource {

    @Inject
    StatementViews statements;

    @GET
    @Operation(summary = "A partner's statements of a period (every period without one), newest first, with totals",
            description = "A partner admin sees only their own partner (another is 404); a bad period is 400.")
    public Response statements(@PathParam("id") long partnerId, @QueryParam("period") String period) {
        return PagedResponse.whole(statements.ofPartner(partnerId, period == null || period.isBlank() ? null : period));
    }
}
