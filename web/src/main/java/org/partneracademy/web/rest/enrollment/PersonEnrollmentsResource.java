package org.partneracademy.web.rest.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.enrollment.EnrollmentRequest;
import org.partneracademy.enrollment.EnrollmentRequests;
import org.partneracademy.platform.security.Role;

/**
 * Enrolling someone else: a partner admin or the vendor admin for the people they administer, a manager
 * for their direct reports. Anyone else is "not found".
 */
@Path("people/{id}/enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollments")
public class PersonEnrollmentsResource {

    @Inject
    EnrollmentRequests requests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN, Role.Names.LEARNER})
    @Operation(summary = "Enroll a person I administer (or who reports to me) in a course {courseId} or on a session "
            + "{sessionId}; the same process as their own request (origin MANAGER). Idempotency-Key as for POST /enrollments")
    public Response enroll(@PathParam("id") long personId, EnrollmentRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return IdempotentRequests.answer(uri, idempotencyKey, () -> requests.requestFor(personId, request, idempotencyKey),
                () -> requests.repeated(personId, idempotencyKey));
    }
}
