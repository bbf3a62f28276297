package org.partneracademy.web.rest.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.enrollment.ApprovalDecision;
import org.partneracademy.enrollment.ApprovalView;
import org.partneracademy.enrollment.workflow.ApprovalInbox;
import org.partneracademy.platform.security.Role;

/** The approval inbox: enrollment requests waiting for my decision as manager, partner admin or vendor admin. */
@Path("approvals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LEARNER, Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
@Tag(name = "Approvals")
public class ApprovalResource {

    @Inject
    ApprovalInbox inbox;

    @GET
    @Operation(summary = "Requests waiting for my decision, oldest first, with the stage and when each expires")
    public List<ApprovalView> pending() {
        return inbox.pending();
    }

    @PUT
    @Path("{enrollmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or reject a request {decision: APPROVE|REJECT, note}; 409 if it expired or was "
            + "decided already, 404 if it is not mine to decide")
    public Response decide(@PathParam("enrollmentId") long enrollmentId, ApprovalDecision decision) {
        inbox.decide(enrollmentId, decision);
        return Response.noContent().build();
    }
}
