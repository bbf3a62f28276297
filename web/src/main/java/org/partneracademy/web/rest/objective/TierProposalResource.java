package org.partneracademy.web.rest.objective;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.objective.TierProposalStatus;
import org.partneracademy.objective.TierProposalView;
import org.partneracademy.objective.TierProposals;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.QueryParameters;

@Path("tier-proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Objectives")
public class TierProposalResource {

    @Inject
    TierProposals proposals;

    @GET
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Tier proposals, newest first; status=PROPOSED for those waiting for a decision")
    public List<TierProposalView> proposals(@QueryParam("status") String status) {
        return proposals.proposals(QueryParameters.enumValue("status", status, TierProposalStatus.class));
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Accept a proposal: the partner's tier changes; deciding twice answers 409")
    public TierProposalView accept(@PathParam("id") long id) {
        return proposals.accept(id);
    }

    @POST
    @Path("{id}/declination")
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Decline a proposal: the tier stays; the same proposal is not made again while nothing changes")
    public TierProposalView decline(@PathParam("id") long id) {
        return proposals.decline(id);
    }
}
