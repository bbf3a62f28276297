package org.partneracademy.web.rest.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.analytics.ProgressDashboard;
import org.partneracademy.analytics.ProgressReport;
import org.partneracademy.platform.security.Role;

@Path("analytics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.VENDOR_ADMIN)
@Tag(name = "Progress")
public class AnalyticsResource {

    @Inject
    ProgressDashboard dashboard;

    @GET
    @Path("progress")
    @Operation(summary = "The progress dashboard's figures: enrollments and completions per month (last 12), "
            + "enrollments by partner, completion rate by course")
    public ProgressReport progress() {
        return dashboard.progress();
    }
}
