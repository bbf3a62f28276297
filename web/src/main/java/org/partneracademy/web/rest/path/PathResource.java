package org.partneracademy.web.rest.path;

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
import org.partneracademy.path.LearningPathService;
import org.partneracademy.path.PathInput;
import org.partneracademy.path.PathView;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.Created;

/** Learning path definitions (vendor admin). */
@Path("paths")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning paths")
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class PathResource {

    @Inject
    LearningPathService paths;

    @GET
    @Operation(summary = "Every learning path with its groups, steps and prerequisite paths")
    public List<PathView> paths() {
        return paths.paths();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One learning path")
    public PathView path(@PathParam("id") long id) {
        return paths.path(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a path: groups REQUIRED (all steps) or ELECTIVE (any pick of them), prerequisite paths",
            description = "422 for an elective pick outside 1..M, an unknown course, brand or path, a course twice, "
                    + "or prerequisites that would make a cycle; 409 for a name in use.")
    public Response create(PathInput input, @Context UriInfo uri) {
        var created = paths.create(input);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a path's definition (same checks as creating one)")
    public PathView update(@PathParam("id") long id, PathInput input) {
        return paths.update(id, input);
    }
}
