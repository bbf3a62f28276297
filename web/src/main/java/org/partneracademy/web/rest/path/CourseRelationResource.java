package org.partneracademy.web.rest.path;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.path.CourseRelationInput;
import org.partneracademy.path.CourseRelationsView;
import org.partneracademy.path.LearningPathService;
import org.partneracademy.platform.security.Role;

/** Course prerequisites and equivalencies, which path progress relies on (vendor admin). */
@Path("course-relations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning paths")
@RolesAllowed(Role.Names.VENDOR_ADMIN)
public class CourseRelationResource {

    @Inject
    LearningPathService paths;

    @GET

    @Operation(summary = "Course prerequisites and equivalencies")
    public CourseRelationsView courseRelations() {
        return paths.courseRelations();
    }

    @POST
    @Path("prerequisites")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "courseId requires otherCourseId; 422 if it would make a loop")
    public CourseRelationsView addPrerequisite(CourseRelationInput input) {
        return paths.addPrerequisite(input);
    }

    @POST
    @Path("equivalencies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Completing courseId counts for otherCourseId (directed); 422 if it would make a loop")
    public CourseRelationsView addEquivalency(CourseRelationInput input) {
        return paths.addEquivalency(input);
    }

    @DELETE
    @Path("prerequisites/{id}")
    @Operation(summary = "Remove a course prerequisite")
    public CourseRelationsView removePrerequisite(@PathParam("id") long id) {
        return paths.removePrerequisite(id);
    }

    @DELETE
    @Path("equivalencies/{id}")
    @Operation(summary = "Remove a course equivalency")
    public CourseRelationsView removeEquivalency(@PathParam("id") long id) {
        return paths.removeEquivalency(id);
    }
}
