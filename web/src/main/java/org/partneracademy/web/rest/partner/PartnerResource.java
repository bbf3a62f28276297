package org.partneracademy.web.rest.partner;

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
import org.partneracademy.partner.PartnerDirectory;
import org.partneracademy.partner.PartnerView;
import org.partneracademy.platform.security.Role;

@Path("partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.VENDOR_ADMIN)
@Tag(name = "Partners")
public class PartnerResource {

    @Inject
    PartnerDirectory directory;

    @GET
    @Operation(summary = "Every partner with its type, tier, agreement model, locations and active people")
    public List<PartnerView> partners() {
        return directory.partners();
    }
}
