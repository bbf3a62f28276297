package org.partneracademy.web.rest.enrollment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.enrollment.RefundRequest;
import org.partneracademy.enrollment.RefundService;
import org.partneracademy.enrollment.RegistrationQueries;
import org.partneracademy.enrollment.RegistrationView;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.problem.InvalidParameterException;

/**
 * The registrations ledger: one registration with its events, and refunds recorded by the vendor's
 * finance role. A partner admin reads only the registrations of learners they administer (others 404).
 */
@Path("registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.FINANCE, Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
@Tag(name = "Registrations")
public class RegistrationResource {

    @Inject
    RegistrationQueries registrations;

    @Inject
    RefundService refunds;

    @GET
    @Path("{id}")
    @Operation(summary = "One registration with its ledger events, discounted price, refunded and refundable amounts")
    public RegistrationView one(@PathParam("id") long id) {
        return registrations.registration(id);
    }

    @POST
    @Path("{id}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FINANCE)
    @Operation(summary = "Refund part or all of a registration's discounted price: {\"amount\":\"50.00\",\"reason\":\"..\"} "
            + "(optional \"currency\", which must be the registration's). Requires an Idempotency-Key header: a "
            + "repeated request answers 200 with the same refund. 201 with the registration; refused (nothing "
            + "written): more than is left to refund or a seat never charged 422, the key reused for another amount 409")
    public Response refund(@PathParam("id") long id, RefundRequest request,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Context UriInfo uri) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new InvalidParameterException(IdempotentRequests.HEADER,
                    "is required: a refund is money, so every refund names itself to be safe to retry");
        }
        var outcome = refunds.refund(id, request, idempotencyKey);
        if (!outcome.recorded()) {
            return Response.ok(outcome.registration()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("registrations").path(String.valueOf(id)).build())
                .entity(outcome.registration()).build();
    }
}
