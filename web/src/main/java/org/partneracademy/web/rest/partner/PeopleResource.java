package org.partneracademy.web.rest.partner;

import jakarta.annotation.security.PermitAll;
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
import org.partneracademy.partner.PeopleService;
import org.partneracademy.partner.PersonView;
import org.partneracademy.platform.security.Role;

@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class PeopleResource {

    @Inject
    PeopleService people;

    @GET
    @Path("me")
    @PermitAll
    @Operation(summary = "The signed-in person")
    public PersonView me() {
        return people.myProfile();
    }

    @GET
    @Path("people")
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "People I administer: my partner's for a partner admin, everyone for the vendor")
    public List<PersonView> people() {
        return people.visiblePeople();
    }
}
