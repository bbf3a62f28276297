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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.platform.security.Role;
import org.partneracademy.trainer.AuthorisationStatus;
import org.partneracademy.trainer.authorisation.AuthorisationService;
import org.partneracademy.trainer.authorisation.AuthorisationView;
import org.partneracademy.trainer.authorisation.GrantRequest;
import org.partneracademy.trainer.authorisation.ReasonRequest;
import org.partneracademy.web.rest.Created;
import org.partneracademy.web.rest.QueryParameters;

/** Trainer authorisations: direct grants, suspension, reinstatement, revocation, and reads with the audit trail. */
@Path("trainer-authorisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trainer authorisations")
public class TrainerAuthorisationResource {

    @Inject
    AuthorisationService authorisations;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Authorise a trainer directly {trainerId, courseId, reason} (onboarding existing instructors)",
            description = "201 with the authorisation; 400 naming trainerId (not an active trainer), courseId (not a "
                    + "published instructor-led course) or reason (blank); 409 when already authorised for that family and major.")
    public Response grant(GrantRequest request) {
        var granted = authorisations.grant(request);
        return Created.at(uri, granted.id(), granted);
    }

    @GET
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "Authorisations (a partner admin: of their people); filters trainerId, course (family code), status")
    public List<AuthorisationView> list(@QueryParam("trainerId") String trainerId, @QueryParam("course") String course,
            @QueryParam("status") String status) {
        return authorisations.list(QueryParameters.id("trainerId", trainerId), QueryParameters.text("course", course),
                QueryParameters.enumValue("status", status, AuthorisationStatus.class));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "One authorisation with its events (who, when, why)")
    public AuthorisationView authorisation(@PathParam("id") long id) {
        return authorisations.authorisation(id);
    }

    @POST
    @Path("{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.TRAINING_LEADER, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "Suspend an active authorisation with a reason {reason}",
            description = "403 for one's own or a same-partner trainer's authorisation (segregation of duties); 422 when not active.")
    public AuthorisationView suspend(@PathParam("id") long id, ReasonRequest request) {
        return authorisations.suspend(id, request);
    }

    @POST
    @Path("{id}/reinstatement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.TRAINING_LEADER, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "Reinstate a suspended authorisation with a reason {reason}",
            description = "403 as for suspension; 422 when not suspended or already past its expiry.")
    public AuthorisationView reinstate(@PathParam("id") long id, ReasonRequest request) {
        return authorisations.reinstate(id, request);
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.TRAINING_LEADER, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "Revoke an authorisation for good with a reason {reason}",
            description = "403 as for suspension; 422 when it is no longer current.")
    public AuthorisationView revoke(@PathParam("id") long id, ReasonRequest request) {
        return authorisations.revoke(id, request);
    }
}
