package org.partneracademy.web.rest.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.partneracademy.assessment.BankDetails;
import org.partneracademy.assessment.BankInput;
import org.partneracademy.assessment.BankView;
import org.partneracademy.assessment.QuestionBankService;
import org.partneracademy.assessment.QuestionInput;
import org.partneracademy.assessment.QuestionView;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.Created;

/** Question banks and their questions, for the vendor admin (questions here carry their right answers). */
@Path("question-banks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.VENDOR_ADMIN)
@Tag(name = "Assessments")
public class QuestionBankResource {

    @Inject
    QuestionBankService banks;

    @GET
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Every question bank with its number of active questions")
    public List<BankView> banks() {
        return banks.banks();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Create a bank; a name in use answers 409")
    public Response create(BankInput input, @Context UriInfo uri) {
        var created = banks.create(input);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "A bank with its active questions and their answers")
    public BankDetails bank(@PathParam("id") long id) {
        return banks.bank(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Rename or re-describe a bank")
    public BankView update(@PathParam("id") long id, BankInput input) {
        return banks.update(id, input);
    }

    @POST
    @Path("{id}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Add a question; 400 with field errors (e.g. a single choice without exactly one correct "
            + "option, a regex that does not compile, matching without match texts, points out of 1..100)")
    public Response addQuestion(@PathParam("id") long id, QuestionInput input, @Context UriInfo uri) {
        var created = banks.addQuestion(id, input);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id}/questions/{questionId}")
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "One question (also a retired one)")
    public QuestionView question(@PathParam("id") long id, @PathParam("questionId") long questionId) {
        return banks.question(id, questionId);
    }

    @PUT
    @Path("{id}/questions/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Edit a question: in place if no attempt used it, else it is retired and the edited copy "
            + "(a new id, answered here) takes its place in fixed exams")
    public QuestionView edit(@PathParam("id") long id, @PathParam("questionId") long questionId, QuestionInput input) {
        return banks.editQuestion(id, questionId, input);
    }

    @DELETE
    @Path("{id}/questions/{questionId}")
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Retire a question (kept for past attempts); 409 while a fixed exam asks it")
    public Response retire(@PathParam("id") long id, @PathParam("questionId") long questionId) {
        banks.retireQuestion(id, questionId);
        return Response.noContent().build();
    }
}
