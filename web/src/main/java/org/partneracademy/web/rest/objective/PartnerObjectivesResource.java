package org.partneracademy.web.rest.objective;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.objective.ObjectiveService;
import org.partneracademy.objective.PartnerObjectives;
import org.partneracademy.platform.security.Role;

/** One partner's objective status; a resource of its own beside the partner resource (its path is more specific). */
@Path("partners/{id}/objectives/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Objectives")
public class PartnerObjectivesResource {

    @Inject
    ObjectiveService objectives;

    @GET
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "A partner's objectives, counted live: certified, expiring within 60 days, MET / AT_RISK / UNMET",
            description = "A partner admin sees their own partner only; any other partner is 404")
    public PartnerObjectives status(@PathParam("id") long id) {
        return objectives.statusOf(id);
    }
}
