package org.partneracademy.web.rest.catalog;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.catalog.CatalogSearch;
import org.partneracademy.catalog.CourseDetails;
import org.partneracademy.catalog.CourseFormat;
import org.partneracademy.catalog.CourseService;
import org.partneracademy.catalog.CourseTrack;
import org.partneracademy.catalog.CourseView;
import org.partneracademy.catalog.NewCourse;
import org.partneracademy.catalog.NewOffering;
import org.partneracademy.catalog.NewVersion;
import org.partneracademy.catalog.OfferingPrice;
import org.partneracademy.catalog.OfferingView;
import org.partneracademy.feedback.CourseFeedbackReport;
import org.partneracademy.feedback.FeedbackService;
import org.partneracademy.partner.Position;
import org.partneracademy.platform.paging.Page;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.Created;
import org.partneracademy.web.rest.PagedResponse;
import org.partneracademy.web.rest.QueryParameters;

@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CourseResource {

    @Inject
    CourseService courses;

    @Inject
    FeedbackService feedback;

    /**
     * The body stays the array of courses it always was; the paging information travels in headers
     * ({@link PagedResponse}), and without page and size callers get everything, as before paging.
     */
    @GET
    @PermitAll
    @Operation(summary = "Search the published catalog",
            description = "Without page and size: every matching course. With either: one page (size 1..100, "
                    + "default 20; page from 0). X-Total-Count carries the number of matches and Link the next and "
                    + "previous pages. Bad parameters answer 400 naming them.")
    @APIResponse(responseCode = "200", description = "Matching courses by title",
            headers = @Header(name = PagedResponse.TOTAL_COUNT, description = "Number of matching courses"))
    public Response catalog(
            @Parameter(description = "Text in the title, code or description") @QueryParam("q") String text,
            @Parameter(description = "SELF_PACED, INSTRUCTOR_LED_CLASSROOM, VIRTUAL_INSTRUCTOR_LED or BLENDED")
            @QueryParam("format") String format,
            @Parameter(description = "Language code, e.g. en") @QueryParam("language") String language,
            @Parameter(description = "TECHNICAL or SALES") @QueryParam("track") String track,
            @Parameter(description = "Only courses meant for this position (or for everyone), e.g. SALES_REP")
            @QueryParam("position") String position,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        boolean paged = page != null || size != null;
        var search = new CatalogSearch(QueryParameters.text("q", text), QueryParameters.enumValue("format", format, CourseFormat.class),
                language == null || language.isBlank() ? null : language.strip(),
                QueryParameters.enumValue("track", track, CourseTrack.class),
                QueryParameters.enumValue("position", position, Position.class),
                paged ? QueryParameters.page(page, size) : null);
        Page<CourseView> found = courses.searchCatalog(search);
        return paged ? PagedResponse.of(found, uri) : PagedResponse.whole(found.items());
    }

    @GET
    @Path("{id}/feedback")
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Average rating, count and every comment of one course (comments are plain text)")
    public CourseFeedbackReport feedback(@PathParam("id") long id) {
        return feedback.courseFeedback(id);
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
        return Created.at(uri, created.id(), created);
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Publish a course so learners can enroll")
    public CourseView publish(@PathParam("id") long id) {
        return courses.publish(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Edit a draft: title, description, format, language, track, audiences, modules (published versions refuse: 422)")
    public CourseView revise(@PathParam("id") long id, CourseDetails details) {
        return courses.revise(id, details);
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Draft a new version from the published one {id}, copying modules, audiences and offerings")
    public Response draftVersion(@PathParam("id") long id, NewVersion number, @Context UriInfo uri) {
        var created = courses.draftVersion(id, number);
        return Response.created(uri.getBaseUriBuilder().path("courses").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}/versions")
    @PermitAll
    @Operation(summary = "Every version of the course, newest first (drafts: vendor admin only)")
    public List<CourseView> versions(@PathParam("id") long id) {
        return courses.versions(id);
    }

    @GET
    @Path("{id}/offerings")
    @PermitAll
    @Operation(summary = "How a course version is sold, with list prices")
    public List<OfferingView> offerings(@PathParam("id") long id) {
        return courses.offerings(id);
    }

    @POST
    @Path("{id}/offerings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Add an offering (PUBLIC, PRIVATE, ONSITE, CUSTOMER_TRAINING) with its list price")
    public Response addOffering(@PathParam("id") long id, NewOffering offering, @Context UriInfo uri) {
        var created = courses.addOffering(id, offering);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}/offerings/{offeringId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Change an offering's list price (new seats pay it)")
    public OfferingView reprice(@PathParam("id") long id, @PathParam("offeringId") long offeringId, OfferingPrice price) {
        return courses.reprice(id, offeringId, price);
    }
}
