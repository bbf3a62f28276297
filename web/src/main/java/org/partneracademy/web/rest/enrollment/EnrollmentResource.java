package org.partneracademy.web.rest.enrollment;

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
import org.partneracademy.enrollment.EnrollmentRequest;
import org.partneracademy.enrollment.EnrollmentService;
import org.partneracademy.enrollment.EnrollmentView;
import org.partneracademy.enrollment.RegistrationView;
import org.partneracademy.feedback.FeedbackRequest;
import org.partneracademy.feedback.FeedbackService;
import org.partneracademy.feedback.FeedbackView;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.Created;

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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enroll in a published course; starts the enrollment process")
    public Response enroll(EnrollmentRequest request, @Context UriInfo uri) {
        var enrollment = enrollments.enroll(request);
        return Created.at(uri, enrollment.id(), enrollment);
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

    @GET
    @Path("{id}/registration")
    @Operation(summary = "The registration ledger entry of one of my enrollments")
    public RegistrationView registration(@PathParam("id") long id) {
        return enrollments.registrationOfMyEnrollment(id);
    }
}
