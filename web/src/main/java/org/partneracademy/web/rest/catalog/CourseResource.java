package org.partneracademy.web.rest.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.partneracademy.catalog.CourseService;
import org.partneracademy.catalog.CourseView;
import org.partneracademy.catalog.NewCourse;
import org.partneracademy.platform.security.Role;

@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CourseResource {

    @Inject
    CourseService courses;

    @GET
    @PermitAll
    @Operation(summary = "The published catalog")
    public List<CourseView> catalog() {
        return courses.publishedCatalog();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One course; drafts are visible to vendor admins only")
    public CourseView course(@PathParam("id") long id) {
        return courses.course(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Draft a course with its modules")
    public Response draft(NewCourse draft, @Context UriInfo uri) {
        var created = courses.draft(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Publish a course so learners can enroll")
    public CourseView publish(@PathParam("id") long id) {
        return courses.publish(id);
    }
}
