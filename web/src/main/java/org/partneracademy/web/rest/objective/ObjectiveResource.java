package org.partneracademy.web.rest.objective;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.objective.NewObjective;
import org.partneracademy.objective.ObjectiveMonitor;
import org.partneracademy.objective.ObjectiveService;
import org.partneracademy.objective.ObjectiveTimer;
import org.partneracademy.objective.ObjectiveView;
import org.partneracademy.objective.PartnerObjectives;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.Created;
import org.partneracademy.web.rest.QueryParameters;
import org.partneracademy.web.rest.problem.InvalidParameterException;

@Path("objectives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Objectives")
public class ObjectiveResource {

    @Inject
    ObjectiveService objectives;

    @Inject
    ObjectiveTimer timer;

    @GET
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "Certification objectives: all (vendor admin) or those of my partner and its tier (partner admin)")
    public List<ObjectiveView> objectives() {
        return objectives.objectives();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Add an objective: {partnerId | tierCode, definitionId, position, requiredCount}",
            description = "Both or neither of partnerId and tierCode: 422; an unknown partner, tier or definition: 404; "
                    + "the same certification and position again for the same partner or tier: 409")
    public Response create(NewObjective objective, @Context UriInfo uri) {
        var created = objectives.create(objective);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Change how many certified people an objective requires: {requiredCount} (1 to 10000)")
    public ObjectiveView update(@PathParam("id") long id, RequiredCount change) {
        if (change == null || change.requiredCount() == null) {
            throw new InvalidParameterException("requiredCount", "is required");
        }
        return objectives.changeRequiredCount(id, change.requiredCount());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Remove an objective")
    public Response delete(@PathParam("id") long id) {
        objectives.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("status")
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Every partner's objectives with met / at risk / unmet and the tier it qualifies for, by partner name")
    public Page<PartnerObjectives> status(@QueryParam("page") String page, @QueryParam("size") String size) {
        return objectives.overview(QueryParameters.page(page, size));
    }

    @POST
    @Path("evaluation")
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Run the daily evaluation now: tell partners of new risks (once per risk) and propose tier changes")
    public ObjectiveMonitor.Evaluation evaluate() {
        return timer.evaluateAll();
    }
}
