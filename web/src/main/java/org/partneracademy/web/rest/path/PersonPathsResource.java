package org.partneracademy.web.rest.path;

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
import org.partneracademy.path.MyPathView;
import org.partneracademy.path.LearnerPathsService;
import org.partneracademy.platform.security.Role;

/** The paths of the people a partner admin (own partner only) or the vendor admin administers. */
@Path("people/{id}/paths")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning paths")
public class PersonPathsResource {

    @Inject
    LearnerPathsService learnerPaths;

    @GET
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "The paths of one person I administer (a partner admin: own partner's people only), with progress and reasons")
    public List<MyPathView> pathsOf(@PathParam("id") long id) {
        return learnerPaths.pathsOfPerson(id);
    }
}
