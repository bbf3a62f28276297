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

/** A candidate's history for the leaders who score them. */
@Path("trainer-candidacies/{id}/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trainer panel")
public class CandidateHistoryResource {

    @Inject
    ObservedDeliveries deliveries;

    @GET
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
    @Operation(summary = "Steps done (live training, trainer exam score, shadowing, co-delivery), observed deliveries with "
            + "their sign-offs and comments, and learner feedback on the sessions the candidate delivered")
    public CandidateHistory history(@PathParam("id") long candidacyId) {
        return deliveries.history(candidacyId);
    }
}
