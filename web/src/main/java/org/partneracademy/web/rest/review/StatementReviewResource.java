package org.partneracademy.web.rest.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.partneracademy.platform.security.Role;
import org.partneracademy.reporting.review.DisputeRequest;
import org.partneracademy.reporting.review.ReviewViews.Dispute;
import org.partneracademy.reporting.review.ReviewViews.StatementReview;
import org.partneracademy.reporting.review.ReviewViews.Verification;
import org.partneracademy.reporting.review.StatementReviews;

/**
 * The review of one statement. Shares {@code /statements} with the statement reports, so every method
 * sits under {@code {id}/...}. Another partner's statement is 404; a locked one refuses changes with 409.
 */
@Path("statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statement review")
public class StatementReviewResource {

    @Inject
    StatementReviews reviews;

    @GET
    @Path("{id}/review")
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.FINANCE, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "The statement with its lines, usage, disputes, status, revision and, once locked, number and hash")
    public StatementReview review(@PathParam("id") long id) {
        return reviews.review(id);
    }

    @POST
    @Path("{id}/confirmation")
    @RolesAllowed(Role.Names.PARTNER_ADMIN)
    @Operation(summary = "Confirm the statement: it is locked, numbered (gapless per year) and hashed",
            description = "409 when it is locked already or disputed and waiting for finance; nothing is changed then.")
    public StatementReview confirm(@PathParam("id") long id) {
        return reviews.confirm(id);
    }

    @POST
    @Path("{id}/disputes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PARTNER_ADMIN)
    @Operation(summary = "Dispute a line {lineId, comment} (no lineId: the whole statement); it goes to finance",
            description = "400 for a blank comment or a line of another statement; 409 when the statement is locked or "
                    + "the line was disputed already in this revision.")
    public Response dispute(@PathParam("id") long id, DisputeRequest request, @Context UriInfo uri) {
        Dispute created = reviews.dispute(id, request);
        return Response.created(uri.getBaseUriBuilder().path("statement-disputes").queryParam("status", "OPEN").build())
                .entity(created).build();
    }

    @GET
    @Path("{id}/verification")
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.FINANCE, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "Recompute the SHA-256 of a locked statement from its rows and compare it with the stored one",
            description = "409 for a statement that is not locked yet (it has no hash).")
    public Verification verify(@PathParam("id") long id) {
        return reviews.verify(id);
    }
}
