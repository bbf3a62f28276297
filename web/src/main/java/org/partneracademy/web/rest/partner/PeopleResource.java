package org.partneracademy.web.rest.partner;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.partner.LocationDetails;
import org.partneracademy.partner.LocationService;
import org.partneracademy.partner.LocationView;
import org.partneracademy.partner.NewPerson;
import org.partneracademy.partner.PeopleImport;
import org.partneracademy.partner.PeopleImportResult;
import org.partneracademy.partner.PeopleSearch;
import org.partneracademy.partner.PeopleService;
import org.partneracademy.partner.PersonChange;
import org.partneracademy.partner.PersonView;
import org.partneracademy.platform.paging.SortDirection;
import org.partneracademy.platform.security.Role;
import org.partneracademy.web.rest.Created;
import org.partneracademy.web.rest.PagedResponse;
import org.partneracademy.web.rest.QueryParameters;

/**
 * People and locations. A partner admin reads and changes their own partner's only: other partners'
 * ids answer 404 exactly like ids that do not exist.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class PeopleResource {

    @Inject
    PeopleService people;

    @Inject
    PeopleImport peopleImport;

    @Inject
    LocationService locations;

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
    @Operation(summary = "People I administer: my partner's (or my locations') for a partner admin, everyone for the vendor",
            description = "Without page and size: everyone, by name. With either: one page (size 1..100, default 20; page "
                    + "from 0), searched by q (name or user name) and location (id); X-Total-Count carries the number of "
                    + "matches and Link the next and previous pages. Bad parameters answer 400 naming them.")
    @APIResponse(responseCode = "200", description = "People by name",
            headers = @Header(name = PagedResponse.TOTAL_COUNT, description = "Number of matching people"))
    public Response people(@Parameter(description = "Text in the name or user name") @QueryParam("q") String text,
            @Parameter(description = "Only people of this location (id)") @QueryParam("location") String location,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        if (page == null && size == null && text == null && location == null) {
            return PagedResponse.whole(people.visiblePeople());
        }
        return PagedResponse.of(people.peoplePage(new PeopleSearch(QueryParameters.text("q", text),
                QueryParameters.id("location", location), PeopleSearch.Sort.NAME, SortDirection.ASC,
                QueryParameters.page(page, size))), uri);
    }

    @GET
    @Path("people/{id}")
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "One person I administer")
    public PersonView person(@PathParam("id") long id) {
        return people.person(id);
    }

    @POST
    @Path("people")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "Add a person to my partner (the vendor admin names the partner)")
    public Response create(NewPerson newPerson, @Context UriInfo uri) {
        var created = people.create(newPerson);
        return Created.at(uri, created.id(), created);
    }

    @POST
    @Path("people/import")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "Add people from a UTF-8 CSV file, all or nothing",
            description = "Columns: username, displayName, email, position, locations (names, ';'-separated), "
                    + "roles (';'-separated), initialPassword; optional persona, manager (user name). "
                    + "Any problem in any row rejects the whole file with 422 and every problem listed as rows[n].column.")
    public PeopleImportResult importPeople(byte[] csv, @QueryParam("partnerId") Long partnerId) {
        return peopleImport.importCsv(csv, partnerId);
    }

    @POST
    @Path("people/{id}/deactivation")
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "Deactivate a person I administer; they can no longer sign in (idempotent)")
    public PersonView deactivate(@PathParam("id") long id) {
        return people.deactivate(id);
    }

    @PUT
    @Path("people/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "Change a person I administer: position, persona, manager, locations, roles",
            description = "administeredLocationIds (partner admins only): null keeps them, [] = the whole partner. "
                    + "A location admin changes learners and trainers only, and only their own locations among the person's.")
    public PersonView update(@PathParam("id") long id, PersonChange change) {
        return people.update(id, change);
    }

    @POST
    @Path("locations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "Add a location with the brands it carries (the vendor admin names partnerId)")
    public Response createLocation(LocationDetails details, @Context UriInfo uri) {
        var created = locations.create(details);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("locations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "Change a location I administer: name, city, country, brands")
    public LocationView updateLocation(@PathParam("id") long id, LocationDetails details) {
        return locations.update(id, details);
    }

    @GET
    @Path("locations")
    @RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "Locations I administer")
    public List<LocationView> locations() {
        return people.visibleLocations();
    }
}
