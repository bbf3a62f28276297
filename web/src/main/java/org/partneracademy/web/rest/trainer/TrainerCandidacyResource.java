package org.partneracademy.web.rest.trainer;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.platform.security.Role;
import org.partneracademy.trainer.CandidacyStatus;
import org.partneracademy.trainer.CandidacyView;
import org.partneracademy.trainer.DeliveryRecord;
import org.partneracademy.trainer.NominationDecision;
import org.partneracademy.trainer.NominationRequest;
import org.partneracademy.trainer.TrainerCandidacies;
import org.partneracademy.trainer.WithdrawalRequest;
import org.partneracademy.web.rest.QueryParameters;

/** Trainer candidacies: nominate, decide, record shadowing and co-delivery, withdraw, read. */
@Path("trainer-candidacies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trainer candidacies")
public class TrainerCandidacyResource {

    @Inject
    TrainerCandidacies candidacies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "Nominate a trainer {candidateId} for an instructor-led course version {courseId}, with a note",
            description = "201; 400 not active, not a trainer, course not instructor-led or not published; 404 person "
                    + "outside the caller's scope or unknown course; 409 already authorised or an open candidacy exists.")
    public Response nominate(NominationRequest request) {
        return Response.status(Response.Status.CREATED).entity(candidacies.nominate(request)).build();
    }

    @GET
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "Candidacies (a partner admin: their people's); filters status, courseId, partnerId, "
            + "stalled=true (on the same step for more than 30 days)")
    public List<CandidacyView> list(@QueryParam("status") String status, @QueryParam("courseId") String courseId,
            @QueryParam("partnerId") String partnerId, @QueryParam("stalled") String stalled) {
        return candidacies.list(QueryParameters.enumValue("status", status, CandidacyStatus.class),
                QueryParameters.id("courseId", courseId), QueryParameters.id("partnerId", partnerId),
                "true".equalsIgnoreCase(stalled));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.PARTNER_ADMIN, Role.Names.TRAINER})
    @Operation(summary = "One candidacy with its steps and observed deliveries")
    public CandidacyView candidacy(@PathParam("id") long id) {
        return candidacies.candidacy(id);
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Accept or decline the nomination {accepted, reason}; a reason is required to decline",
            description = "409 when decided already.")
    public CandidacyView decide(@PathParam("id") long id, NominationDecision decision) {
        return candidacies.decide(id, decision);
    }

    @POST
    @Path("{id}/shadowings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.TRAINER})
    @Operation(summary = "Record a session {sessionId, note} the candidate shadowed",
            description = "400 for a session of another course, not taken place, cancelled or without an authorised lead; "
                    + "403 for a trainer who does not lead the session; 409 when not on SHADOWING or recorded already.")
    public Response shadowing(@PathParam("id") long id, DeliveryRecord record) {
        return Response.status(Response.Status.CREATED).entity(candidacies.recordShadowing(id, record)).build();
    }

    @POST
    @Path("{id}/co-deliveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.TRAINER})
    @Operation(summary = "Record a session {sessionId, note} the candidate co-delivered; the billing share is frozen "
            + "from the agreement in force on the session's first day",
            description = "400 as for shadowings, or the candidate is not the session's co-instructor; 409 when not on CO_DELIVERY.")
    public Response coDelivery(@PathParam("id") long id, DeliveryRecord record) {
        return Response.status(Response.Status.CREATED).entity(candidacies.recordCoDelivery(id, record)).build();
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "Withdraw an open candidacy with a reason {reason}", description = "409 when closed already.")
    public CandidacyView withdraw(@PathParam("id") long id, WithdrawalRequest request) {
        return candidacies.withdraw(id, request);
    }
}
