package org.partneracademy.web.rest.trainer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.platform.security.Role;
import org.partneracademy.trainer.panel.*;
import org.partneracademy.trainer.panel.PanelViews.*;

/** Scheduling a candidate's observed delivery with its panel. */
@Path("trainer-candidacies/{id}/observed-deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trainer panel")
public class ObservedDeliveryScheduleResource {

    @Inject
    ObservedDeliveries deliveries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
    @Operation(summary = "Schedule an observed delivery and its panel; the candidacy moves to PANEL_REVIEW",
            description = "400 naming the field: no date or scope, an unknown session, a panel of 0 or more than 7, a member "
                    + "who is not an active training leader, the candidate, or from the candidate's partner; 409 when the "
                    + "candidacy is not on OBSERVED_DELIVERY; 422 when the course has no rubric.")
    public Response schedule(@PathParam("id") long candidacyId, ScheduleRequest request, @Context UriInfo uri) {
        var created = deliveries.schedule(candidacyId, request);
        return Response.created(uri.getBaseUriBuilder().path("observed-deliveries").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
