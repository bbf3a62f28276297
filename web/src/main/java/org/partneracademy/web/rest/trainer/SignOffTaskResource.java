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

/** Signing off a task of the caller's inbox, and the head of training's decision on an overdue panel. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trainer panel")
public class SignOffTaskResource {

    @Inject
    SignOffs signOffs;

    @POST
    @Path("signoff-tasks/{taskId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.TRAINING_LEADER)
    @Operation(summary = "Sign off: a score 1..5 for every criterion, comments, retryFrom when failing",
            description = "403 when the task is someone else's or segregation of duties forbids it (the candidate, or a "
                    + "leader of the candidate's partner); 400 naming a score out of 1..5, a missing, unknown or repeated "
                    + "criterion, blank comments; 409 when the task is done already or the leader signed already. "
                    + "Nothing is written then.")
    public SignoffView signOff(@PathParam("taskId") String taskId, SignOffRequest request) {
        return signOffs.signOff(taskId, request);
    }

    @POST
    @Path("signoffs/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.TRAINING_LEADER)
    @Operation(summary = "Correct a sign-off (its author, while the panel is open): a new linked sign-off; the latest counts")
    public Response correct(@PathParam("id") long id, SignOffRequest request, @Context UriInfo uri) {
        var created = signOffs.correct(id, request);
        return Response.created(uri.getBaseUriBuilder().path("me/signoffs").build()).entity(created).build();
    }

    @POST
    @Path("panel-escalations/{taskId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.TRAINING_LEADER)
    @Operation(summary = "The head of training decides an overdue panel on the sign-offs received (extend false) or extends "
            + "its deadline by extendByDays (1..90) for the members who have not signed")
    public Response decideOverdue(@PathParam("taskId") String taskId, OverdueDecision decision) {
        signOffs.decideOverdue(taskId, decision);
        return Response.noContent().build();
    }

    @GET
    @Path("me/signoff-tasks")
    @RolesAllowed(Role.Names.TRAINING_LEADER)
    @Operation(summary = "My open panel tasks with SLA age (days since created), due date and overdue flag")
    public List<InboxItem> inbox() {
        return signOffs.inbox();
    }

    @GET
    @Path("me/signoffs")
    @RolesAllowed(Role.Names.TRAINING_LEADER)
    @Operation(summary = "My sign-offs and corrections, newest first")
    public List<SignoffView> mine() {
        return signOffs.mine();
    }
}
