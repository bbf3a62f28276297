package org.partneracademy.web.rest.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.certification.CertificationView;
import org.partneracademy.certification.Certifications;
import org.partneracademy.platform.security.Role;

/** The caller's own certifications, each with its transcript (every cycle). */
@Path("me/certifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certifications")
public class MyCertificationsResource {

    @Inject
    Certifications certifications;

    @GET
    @RolesAllowed(Role.Names.LEARNER)
    @Operation(summary = "My certifications with status, dates, requirements met and missing, and every cycle")
    public List<CertificationView> mine() {
        return certifications.mine();
    }
}
