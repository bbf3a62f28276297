package org.partneracademy.web.rest.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.platform.security.Role;
import org.partneracademy.reporting.close.NewStatementRun;
import org.partneracademy.reporting.close.StatementClose;
import org.partneracademy.reporting.close.StatementRunView;

@Path("statement-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.FINANCE})
@Tag(name = "Statements")
public class StatementRunResource {

    @Inject
    StatementClose close;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a period: 202 with the run, whose statements are issued in the background; "
            + "a period not ended or a ledger no statement can be computed from answers 422 and nothing is written")
    public Response start(NewStatementRun request, @Context UriInfo uri) {
        var run = close.start(request);
        return Response.accepted(run).location(uri.getAbsolutePathBuilder().path(String.valueOf(run.id())).build())
                .build();
    }

    @GET
    @Operation(summary = "The runs of a period (?period=yyyy-MM), or the latest 100 runs, newest first")
    public List<StatementRunView> runs(@QueryParam("period") String period) {
        return close.runs(period);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One run: status (ISSUING, ISSUED, FAILED), statementsIssued and progress")
    public StatementRunView run(@PathParam("id") long id) {
        return close.run(id);
    }
}
