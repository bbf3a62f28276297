package org.partneracademy.web.rest.trainer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.platform.security.Role;
import org.partneracademy.trainer.authorisation.DesignatedTrainerCount;
import org.partneracademy.trainer.authorisation.DesignatedTrainers;

/** A partner's authorised trainers per course family against the designated trainers its agreement requires. */
@Path("partners/{id}/designated-trainers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trainer authorisations")
public class DesignatedTrainersResource {

    @Inject
    DesignatedTrainers designatedTrainers;

    @GET
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "Per course family: authorised trainers of the partner, required, shortfall",
            description = "A partner admin reads their own partner only (another partner: 404).")
    public List<DesignatedTrainerCount> of(@PathParam("id") long id) {
        return designatedTrainers.of(id);
    }
}
