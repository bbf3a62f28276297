package org.partneracademy.web.rest.certification;

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
import org.partneracademy.certification.CertificationDefinitions;
import org.partneracademy.certification.DatePreview;
import org.partneracademy.certification.DefinitionInput;
import org.partneracademy.certification.DefinitionView;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.Created;

/** Certification definitions: everyone signed in reads them, the vendor admin writes them. */
@Path("certification-definitions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certifications")
public class CertificationDefinitionResource {

    @Inject
    CertificationDefinitions definitions;

    @GET
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.PARTNER_ADMIN, Role.Names.LEARNER,
            Role.Names.TRAINER})
    @Operation(summary = "Every certification definition with its paths and requirements, by level")
    public List<DefinitionView> definitions() {
        return definitions.definitions();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER, Role.Names.PARTNER_ADMIN, Role.Names.LEARNER,
            Role.Names.TRAINER})
    @Operation(summary = "One certification definition")
    public DefinitionView definition(@PathParam("id") long id) {
        return definitions.definition(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Define a certification: level, positions, an ORIGINAL path and RECERTIFICATION paths, validity, "
            + "expiry mode, window and grace", description = "400 with field errors for a window as long as the validity, "
            + "a level that requires itself or forms a cycle, unknown courses, paths or exams, FIXED_DATE without a day; "
            + "409 for a code or name in use. Nothing is saved then.")
    public Response create(DefinitionInput input, @Context UriInfo uri) {
        var created = definitions.create(input);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Change a definition (same checks); the revision goes up, certificates already issued keep their dates")
    public DefinitionView update(@PathParam("id") long id, DefinitionInput input) {
        return definitions.update(id, input);
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
    @Operation(summary = "What-if: the dates a definition (saved: definitionId; or as edited: the rule fields) gives for "
            + "a completion date (and a previous expiry)")
    public DatePreview.Result preview(DatePreview question) {
        return definitions.preview(question);
    }
}
