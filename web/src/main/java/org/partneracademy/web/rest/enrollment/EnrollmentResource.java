package org.partneracademy.web.rest.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.partneracademy.enrollment.EnrollmentRequest;
import org.partneracademy.enrollment.EnrollmentRequests;
import org.partneracademy.enrollment.EnrollmentService;
import org.partneracademy.enrollment.EnrollmentView;
import org.partneracademy.enrollment.RegistrationView;
import org.partneracademy.feedback.FeedbackRequest;
import org.partneracademy.feedback.FeedbackService;
import org.partneracademy.feedback.FeedbackView;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.problem.InvalidParameterException;

/** The signed-in learner's enrollments. Other learners' enrollments answer 404. */
@Path("enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.LEARNER)
@Tag(name = "Enrollments")
public class EnrollmentResource {

    @Inject
    EnrollmentService enrollments;

    @Inject
    FeedbackService feedback;

    @Inject
    EnrollmentRequests requests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enroll in a self-paced course {courseId} or on a session {sessionId}; starts the enrollment "
            + "process (eligibility, approval, seat or waitlist). With an Idempotency-Key header, a repeated request "
            + "answers 200 with the enrollment the first one made")
    public Response enroll(EnrollmentRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return IdempotentRequests.answer(uri, idempotencyKey, () -> requests.requestForMe(request, idempotencyKey),
                () -> requests.repeated(null, idempotencyKey));
    }

    @GET
    @Operation(summary = "My enrollments, newest first")
    public List<EnrollmentView> mine() {
        return enrollments.myEnrollments();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my enrollments with its module progress")
    public EnrollmentView one(@PathParam("id") long id) {
        return enrollments.myEnrollment(id);
    }

    @PUT
    @Path("{id}/modules/{moduleId}/completion")
    @Operation(summary = "Mark a module complete (idempotent); the last one completes the enrollment")
    public EnrollmentView completeModule(@PathParam("id") long id, @PathParam("moduleId") long moduleId) {
        return enrollments.completeModule(id, moduleId);
    }

    @PUT
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate the course of one of my enrollments (1-5, optional comment up to 2000 characters); "
            + "giving feedback again replaces it")
    public FeedbackView giveFeedback(@PathParam("id") long id, FeedbackRequest request) {
        return feedback.giveFeedback(id, request);
    }

    @POST
    @Path("{id}/offer-acceptance")
    @Operation(summary = "Accept the seat offered to me before the offer expires (409 once it expired)")
    public EnrollmentView acceptOffer(@PathParam("id") long id) {
        return enrollments.acceptOffer(id);
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.LEARNER, Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "Cancel my enrollment (or, as an admin, one of someone I administer): free before the "
            + "offering's cut-off (CANCELLED), chargeable after (LATE_CANCELLED); a freed seat goes to the waitlist")
    public EnrollmentView cancel(@PathParam("id") long id, Cancellation cancellation) {
        return enrollments.cancel(id, cancellation == null ? null : cancellation.reason());
    }

    @POST
    @Path("{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.LEARNER, Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "Move a seated enrollment to another open session of the same course with a free seat; "
            + "the registration is kept (MOVED)")
    public EnrollmentView reschedule(@PathParam("id") long id, Reschedule reschedule) {
        if (reschedule == null || reschedule.sessionId() == null) {
            throw new InvalidParameterException("sessionId", "give the session to move to");
        }
        return enrollments.reschedule(id, reschedule.sessionId());
    }

    /** Why the enrollment is cancelled (optional). */
    public record Cancellation(String reason) {
    }

    /** The session to move to. */
    public record Reschedule(Long sessionId) {
    }

    @GET
    @Path("{id}/registration")
    @Operation(summary = "The registration ledger entry of one of my enrollments")
    public RegistrationView registration(@PathParam("id") long id) {
        return enrollments.registrationOfMyEnrollment(id);
    }
}
