package org.partneracademy.web.rest.partner;

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
import org.partneracademy.partner.NewTier;
import org.partneracademy.partner.TierChange;
import org.partneracademy.partner.TierService;
import org.partneracademy.partner.TierView;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.Created;

@Path("tiers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.VENDOR_ADMIN)
@Tag(name = "Partners")
public class TierResource {

    @Inject
    TierService tiers;

    @GET
    @Operation(summary = "The partner tiers, entry level first, with how many partners hold each")
    public List<TierView> tiers() {
        return tiers.tiers();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a tier; a code, name or level already in use answers 409")
    public Response create(NewTier tier, @Context UriInfo uri) {
        var created = tiers.create(tier);
        return Created.at(uri, created.code(), created);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a tier or move it to another level; its code stays")
    public TierView update(@PathParam("code") String code, TierChange change) {
        return tiers.update(code, change);
    }
}
