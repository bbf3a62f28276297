package org.partneracademy.web.rest.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.assessment.AttemptSummary;
import org.partneracademy.assessment.GradeInput;
import org.partneracademy.assessment.GradingSheet;
import org.partneracademy.assessment.Gradings;
import org.partneracademy.platform.security.Role;

/** Manual grading of essays and practicals by vendor admins and training leaders. */
@Path("gradings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class GradingResource {

    @Inject
    Gradings gradings;

    @GET
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
    @Operation(summary = "Attempts waiting for a person to grade them, the oldest submission first")
    public List<AttemptSummary> waiting() {
        return gradings.waiting();
    }

    @GET
    @Path("{attemptId}")
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
    @Operation(summary = "The grading sheet of a submitted attempt: questions, answers, the ones to grade")
    public GradingSheet sheet(@PathParam("attemptId") long attemptId) {
        return gradings.sheet(attemptId);
    }

    @POST
    @Path("{attemptId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
    @Operation(summary = "Award the points of every essay and practical at once; gives the result. 409 if graded already")
    public AttemptSummary grade(@PathParam("attemptId") long attemptId, GradeInput input) {
        return gradings.grade(attemptId, input);
    }
}
