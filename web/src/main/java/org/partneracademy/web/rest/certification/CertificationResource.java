package org.partneracademy.web.rest.certification;

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
import org.partneracademy.certification.AssignRequest;
import org.partneracademy.certification.CertificationStatus;
import org.partneracademy.certification.CertificationView;
import org.partneracademy.certification.Certifications;
import org.partneracademy.certification.ConfirmationRequest;
import org.partneracademy.certification.RevocationRequest;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.QueryParameters;

/** Learners' certifications: assign, list (scoped to the people the caller administers), read, revoke. */
@Path("certifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certifications")
public class CertificationResource {

    @Inject
    Certifications certifications;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN, Role.Names.LEARNER})
    @Operation(summary = "Assign a definition {definitionId} to people {learnerIds} (the vendor admin: anyone; a partner "
            + "admin: their people), or without learnerIds to myself (a definition for my position)",
            description = "201 with the certifications; 404 for a person outside the caller's scope; 409 already assigned; "
                    + "422 for an inactive definition or another position.")
    public Response assign(AssignRequest request) {
        return Response.status(Response.Status.CREATED).entity(certifications.assign(request)).build();
    }

    @GET
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "Certifications of the people I administer; filters status, definitionId, learnerId")
    public List<CertificationView> list(@QueryParam("status") String status, @QueryParam("definitionId") String definitionId,
            @QueryParam("learnerId") String learnerId) {
        return certifications.list(QueryParameters.enumValue("status", status, CertificationStatus.class),
                QueryParameters.id("definitionId", definitionId), QueryParameters.id("learnerId", learnerId));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN, Role.Names.LEARNER})
    @Operation(summary = "One certification: status, dates, requirements met and missing (and why), every cycle")
    public CertificationView certification(@PathParam("id") long id) {
        return certifications.certification(id);
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Revoke with a reason {reason}; the certificate is revoked too", description = "409 when already revoked.")
    public CertificationView revoke(@PathParam("id") long id, RevocationRequest request) {
        return certifications.revoke(id, request);
    }

    @POST
    @Path("{id}/requirements/{requirementId}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Confirm a requirement of the current cycle (a performance figure) as met, with a note {note}")
    public CertificationView confirm(@PathParam("id") long id, @PathParam("requirementId") long requirementId,
            ConfirmationRequest request) {
        return certifications.confirm(id, requirementId, request);
    }
}
