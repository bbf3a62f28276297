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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.platform.error.InvalidFieldsException;
import org.partneracademy.platform.security.Role;
import org.partneracademy.reporting.DisputeStatus;
import org.partneracademy.reporting.review.AdjustmentRequest;
import org.partneracademy.reporting.review.RejectionRequest;
import org.partneracademy.reporting.review.ReviewViews.Dispute;
import org.partneracademy.reporting.review.StatementDisputes;

/** Finance's dispute desk: the disputes to answer, an adjustment line or a rejection with a reason. */
@Path("statement-disputes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.FINANCE)
@Tag(name = "Statement review")
public class DisputeResource {

    @Inject
    StatementDisputes disputes;

    @GET
    @Operation(summary = "Disputes by status (OPEN, ADJUSTED, REJECTED; all when absent), oldest first")
    public List<Dispute> list(@QueryParam("status") String status) {
        return disputes.list(status(status));
    }

    @POST
    @Path("{id}/adjustment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer with an adjustment line {amount: \"-12.50\", note}; the last answer re-issues the statement",
            description = "400 for an amount that is not a decimal with at most two decimals (or the currency's), zero, "
                    + "or a blank note; 409 when the dispute was answered already or the statement is locked.")
    public Dispute adjust(@PathParam("id") long id, AdjustmentRequest request) {
        return disputes.adjust(id, request);
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject the dispute {reason}; the statement goes back to the partner unchanged")
    public Dispute reject(@PathParam("id") long id, RejectionRequest request) {
        return disputes.reject(id, request);
    }

    private static DisputeStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DisputeStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidFieldsException.of("status", "must be OPEN, ADJUSTED or REJECTED");
        }
    }
}
