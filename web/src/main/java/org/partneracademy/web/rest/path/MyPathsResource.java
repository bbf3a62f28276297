package org.partneracademy.web.rest.path;

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
import org.partneracademy.path.MyPathView;
import org.partneracademy.path.LearnerPathsService;
import org.partneracademy.platform.security.Role;

@Path("me/paths")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning paths")
public class MyPathsResource {

    @Inject
    LearnerPathsService myPaths;

    @GET
    @RolesAllowed(Role.Names.LEARNER)
    @Operation(summary = "My learning paths: progress per step, what to take next, and which rules assigned each path and why")
    public List<MyPathView> myPaths() {
        return myPaths.myPaths();
    }
}
