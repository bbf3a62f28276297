package org.partneracademy.web.rest.trainer;

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
import org.partneracademy.platform.security.Role;
import org.partneracademy.trainer.panel.*;
import org.partneracademy.trainer.panel.PanelViews.*;

/** Delivery standards per course family: the vendor admin writes them, training leaders read them. */
@Path("delivery-standards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trainer panel")
public class DeliveryStandardResource {

    @Inject
    DeliveryStandards standards;

    @GET
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
    @Operation(summary = "Every delivery standard, by course code")
    public List<DeliveryStandardView> standards() {
        return standards.standards();
    }

    @GET
    @Path("{courseCode}")
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.TRAINING_LEADER})
    @Operation(summary = "The delivery standard of a course family (404 when the course or its standard does not exist)")
    public DeliveryStandardView standard(@PathParam("courseCode") String courseCode) {
        return standards.standard(courseCode);
    }

    @PUT
    @Path("{courseCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Create or replace a course family's delivery standard", description = "400 naming each field: "
            + "a criterion without name or with a duplicate name, weight outside 1..100, minimum outside 1..5, pass % "
            + "outside 1..100, validity outside 1..120 months, tries outside 1..10, panel days outside 1..90, a trainer exam "
            + "that is not a TRAINER_EXAM or whose pass mark is not above every learner exam of the family.")
    public DeliveryStandardView save(@PathParam("courseCode") String courseCode, DeliveryStandardInput input) {
        return standards.save(courseCode, input);
    }
}
