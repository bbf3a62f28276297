package org.partneracademy.web.rest.trainer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.platform.security.Role;
import org.partneracademy.trainer.CandidacyView;
import org.partneracademy.trainer.TrainerCandidacies;

/** The signed-in trainer's own candidacies: their progress through the steps per course. */
@Path("me/trainer-candidacies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trainer candidacies")
public class MyTrainerCandidaciesResource {

    @Inject
    TrainerCandidacies candidacies;

    @GET
    @RolesAllowed(Role.Names.TRAINER)
    @Operation(summary = "My candidacies with their steps")
    public List<CandidacyView> mine() {
        return candidacies.mine();
    }
}
