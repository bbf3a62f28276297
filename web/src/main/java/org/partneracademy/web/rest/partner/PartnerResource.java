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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.partner.AgreementService;
import org.partneracademy.partner.AgreementTerms;
import org.partneracademy.partner.AgreementView;
import org.partneracademy.partner.PartnerDetails;
import org.partneracademy.partner.PartnerDirectory;
import org.partneracademy.partner.PartnerProfile;
import org.partneracademy.partner.PartnerService;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.Created;
import org.partneracademy.web.rest.PagedResponse;
import org.partneracademy.web.rest.QueryParameters;

@Path("partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.VENDOR_ADMIN)
@Tag(name = "Partners")
public class PartnerResource {

    @Inject
    PartnerDirectory directory;

    @Inject
    PartnerService partners;

    @Inject
    AgreementService agreements;

    @GET
    @Operation(summary = "Every partner with its type, tier, today's agreement model, locations and active people",
            description = "Without q, page and size: every partner, by name. With any: one page (size 1..100, default 20; "
                    + "page from 0); X-Total-Count carries the number of matches and Link the next and previous pages.")
    public Response partners(@Parameter(description = "Text in the partner's name") @QueryParam("q") String text,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        if (page == null && size == null && text == null) {
            return PagedResponse.whole(directory.partners());
        }
        return PagedResponse.of(directory.partners(QueryParameters.text("q", text), QueryParameters.page(page, size)), uri);
    }

    @POST
    @Operation(summary = "Add a partner (name, type, tier code); a name already in use answers 409")
    public Response create(PartnerDetails details, @Context UriInfo uri) {
        var created = partners.create(details);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One partner with its locations (and their brands) and agreements")
    public PartnerProfile partner(@PathParam("id") long id) {
        return partners.profile(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename a partner or change its type or tier")
    public PartnerProfile update(@PathParam("id") long id, PartnerDetails details) {
        return partners.update(id, details);
    }

    @GET
    @Path("{id}/agreements")
    @Operation(summary = "The partner's agreements, latest first")
    public List<AgreementView> agreements(@PathParam("id") long id) {
        return agreements.agreements(id);
    }

    @POST
    @Path("{id}/agreements")
    @Operation(summary = "Add an agreement",
            description = "Terms by model: RESELLER discountPercent; CONTENT_LICENSING annualFee and currency; "
                    + "PAY_PER_DELIVERY dayRate and currency; REVENUE_SHARE revenueSharePercent. validTo null = open-ended. "
                    + "An agreement overlapping another of the partner's answers 409.")
    public Response addAgreement(@PathParam("id") long id, AgreementTerms terms, @Context UriInfo uri) {
        var created = agreements.add(id, terms);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}/agreements/{agreementId}")
    @Operation(summary = "Revise an agreement's model, terms or dates (same rules as adding one)")
    public AgreementView reviseAgreement(@PathParam("id") long id, @PathParam("agreementId") long agreementId,
            AgreementTerms terms) {
        return agreements.revise(id, agreementId, terms);
    }
}
