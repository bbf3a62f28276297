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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.assessment.AttemptService;
import org.partneracademy.assessment.AttemptSummary;
import org.partneracademy.assessment.DrawInput;
import org.partneracademy.assessment.ExamDetails;
import org.partneracademy.assessment.ExamInput;
import org.partneracademy.assessment.ExamService;
import org.partneracademy.assessment.ExamView;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.Created;

/** Exams: authoring by the vendor admin; learners start attempts here. */
@Path("exams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class ExamResource {

    @Inject
    ExamService exams;

    @Inject
    AttemptService attempts;

    @GET
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Every exam, drafts included")
    public List<ExamView> exams() {
        return exams.exams();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Create a draft exam; a code in use answers 409. A PRE_ASSESSMENT names its learning path (pathId) and may set masteryPercent; other kinds have neither (400)")
    public Response create(ExamInput input, @Context UriInfo uri) {
        var created = exams.create(input);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "An exam with its fixed questions or random draws")
    public ExamDetails exam(@PathParam("id") long id) {
        return exams.exam(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Change a draft's settings; 409 once published")
    public ExamView update(@PathParam("id") long id, ExamInput input) {
        return exams.update(id, input);
    }

    @PUT
    @Path("{id}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "The questions of a fixed draft exam, in order (a list of question ids)")
    public ExamDetails questions(@PathParam("id") long id, List<Long> questionIds) {
        return exams.setQuestions(id, questionIds);
    }

    @PUT
    @Path("{id}/draws")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "The random draws of a random draft exam")
    public ExamDetails draws(@PathParam("id") long id, List<DrawInput> draws) {
        return exams.setDraws(id, draws);
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Publish a draft: learners can attempt it; 422 if it cannot ask its questions")
    public ExamView publish(@PathParam("id") long id) {
        return exams.publish(id);
    }

    @POST
    @Path("{id}/retirement")
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Retire a published exam: no new attempts")
    public ExamView retire(@PathParam("id") long id) {
        return exams.retire(id);
    }

    @POST
    @Path("{id}/attempts")
    @RolesAllowed(Role.Names.LEARNER)
    @Operation(summary = "Start an attempt (201 with the questions, never the answers) or resume mine in progress "
            + "(200); 409 for an exam not published, 422 when every attempt is used or the cooldown has not ended")
    public Response start(@PathParam("id") long id, @Context UriInfo uri) {
        var start = attempts.start(id);
        if (start.resumed()) {
            return Response.ok(start.attempt()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("attempts").path(String.valueOf(start.attempt().id())).build())
                .entity(start.attempt()).build();
    }

    @GET
    @Path("{id}/attempts")
    @RolesAllowed(Role.Names.LEARNER)
    @Operation(summary = "My attempts at this exam, the latest first")
    public List<AttemptSummary> myAttempts(@PathParam("id") long id) {
        return attempts.myAttempts(id);
    }
}
