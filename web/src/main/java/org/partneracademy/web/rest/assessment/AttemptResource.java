package org.partneracademy.web.rest.assessment;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.assessment.Answer;
import org.partneracademy.assessment.AttemptService;
import org.partneracademy.assessment.AttemptView;
import org.partneracademy.platform.security.Role;

/** A learner's exam attempt: read it, answer its questions, submit it. Anyone else's attempt is 404. */
@Path("attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AttemptResource {

    @Inject
    AttemptService attempts;

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.LEARNER, Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
    @Operation(summary = "My attempt: questions with options in the order shown and my answers (never the right "
            + "ones), the time left, and once graded the score and whether I passed")
    public AttemptView attempt(@PathParam("id") long id) {
        return attempts.attempt(id);
    }

    @PUT
    @Path("{id}/answers/{position}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.LEARNER)
    @Operation(summary = "Answer the question at a position: {\"optionIds\":[..]}, {\"pairs\":{\"<optionId>\":\"<match>\"}}, "
            + "{\"order\":[..]} or {\"text\":\"..\"}; 409 after submission, 422 after the deadline or for a position "
            + "not in the attempt, 400 for options of another question")
    public AttemptView.QuestionShown answer(@PathParam("id") long id, @PathParam("position") int position, Answer answer) {
        return attempts.answer(id, position, answer);
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed(Role.Names.LEARNER)
    @Operation(summary = "Submit my attempt: the server grades it and answers the result (status AWAITING_GRADING "
            + "while a person grades essays); 409 if submitted already, 422 after the deadline")
    public AttemptView submit(@PathParam("id") long id) {
        return attempts.submit(id);
    }
}
