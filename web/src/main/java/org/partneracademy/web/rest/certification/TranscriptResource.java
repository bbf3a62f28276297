package org.partneracademy.web.rest.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.certification.CertificationView;
import org.partneracademy.certification.Certifications;
import org.partneracademy.platform.security.Role;

/** A person's certification transcript: every certification with every cycle, its certificate and history. */
@Path("people/{id}/transcript")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certifications")
public class TranscriptResource {

    @Inject
    Certifications certifications;

    @GET
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN, Role.Names.LEARNER})
    @Operation(summary = "A person's certification transcript (myself, or someone I administer; anyone else: 404)")
    public List<CertificationView> transcript(@PathParam("id") long personId) {
        return certifications.transcript(personId);
    }
}
