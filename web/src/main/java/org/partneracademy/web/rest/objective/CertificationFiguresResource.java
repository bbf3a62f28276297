package org.partneracademy.web.rest.objective;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.objective.CertificationFigures;
import org.partneracademy.objective.ObjectiveAnalytics;
import org.partneracademy.platform.security.Role;

@Path("analytics/certifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress")
public class CertificationFiguresResource {

    @Inject
    ObjectiveAnalytics analytics;

    @GET
    @RolesAllowed(Role.Names.VENDOR_ADMIN)
    @Operation(summary = "Stage-2 figures: certified learners, partners meeting their objectives, certifications expiring in 60 days")
    public CertificationFigures certifications() {
        return analytics.figures();
    }
}
