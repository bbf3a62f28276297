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
import org.partneracademy.trainer.authorisation.AuthorisationService;
import org.partneracademy.trainer.authorisation.AuthorisationView;

/** The caller's own authorisations: the courses they may deliver and when each expires. */
@Path("me/trainer-authorisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trainer authorisations")
public class MyTrainerAuthorisationsResource {

    @Inject
    AuthorisationService authorisations;

    @GET
    @RolesAllowed(Role.Names.TRAINER)
    @Operation(summary = "My authorisations: course family, major version, status, expiry, whether I may lead now")
    public List<AuthorisationView> mine() {
        return authorisations.mine();
    }
}
