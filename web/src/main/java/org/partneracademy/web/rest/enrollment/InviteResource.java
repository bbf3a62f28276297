package org.partneracademy.web.rest.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.enrollment.SessionInvites;
import org.partneracademy.platform.security.Role;

/**
 * The calendar invite of one of my seated enrollments. A resource of its own beside
 * {@link EnrollmentResource}: its path is more specific, so it answers only this address.
 */
@Path("enrollments/{id}/invite.ics")
@RequestScoped
@RolesAllowed(Role.Names.LEARNER)
@Tag(name = "Enrollments")
public class InviteResource {

    static final String TEXT_CALENDAR = "text/calendar;charset=UTF-8";

    @Inject
    SessionInvites invites;

    @GET
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "The iCalendar invite of my seated enrollment: one event per session day in the session's "
            + "time zone; downloading it again updates the same events. 404 if not mine, 409 if no seat is held")
    public Response invite(@PathParam("id") long id) {
        return Response.ok(invites.inviteFor(id), TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"session-" + id + ".ics\"")
                .build();
    }
}
