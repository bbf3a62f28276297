package org.partneracademy.web.rest.catalog;

import jakarta.annotation.security.PermitAll;
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
import org.partneracademy.catalog.BrandChange;
import org.partneracademy.catalog.BrandService;
import org.partneracademy.catalog.BrandView;
import org.partneracademy.catalog.NewBrand;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.Created;

@Path("brands")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class BrandResource {

    @Inject
    BrandService brands;

    @GET
    @PermitAll
    @Operation(summary = "The vendor's brands / product lines")
    public List<BrandView> brands() {
        return brands.brands();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Add a brand; a code or name already in use answers 409")
    public Response create(NewBrand brand, @Context UriInfo uri) {
        var created = brands.create(brand);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Rename a brand; its code stays")
    public BrandView rename(@PathParam("id") long id, BrandChange change) {
        return brands.rename(id, change);
    }
}
