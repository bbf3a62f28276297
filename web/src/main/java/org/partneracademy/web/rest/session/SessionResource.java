package org.partneracademy.web.rest.session;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partneracademy.platform.security.Role;
import org.partneracademy.session.AttendanceInput;
import org.partneracademy.session.AttendanceService;
import org.partneracademy.session.AttendanceSheet;
import org.partneracademy.session.RosterEntry;
import org.partneracademy.session.SessionAllocations;
import org.partneracademy.session.SessionCancellation;
import org.partneracademy.session.SessionInput;
import org.partneracademy.session.SessionSearch;
import org.partneracademy.session.SessionService;
import org.partneracademy.session.SessionStatus;
import org.partneracademy.session.SessionView;
import org.partneracademy.web.rest.Created;
import org.partneracademy.web.rest.PagedResponse;
import org.partneracademy.web.rest.QueryParameters;
import org.partneracademy.web.rest.problem.InvalidParameterException;

@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class SessionResource {

    @Inject
    SessionService sessions;

    @Inject
    AttendanceService attendance;

    @GET
    @RolesAllowed({Role.Names.LEARNER, Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN, Role.Names.TRAINER,
            Role.Names.TRAINING_LEADER})
    @Operation(summary = "Sessions: open ones to enroll in, the ones you manage, or the ones you teach",
            description = "scope=open (default, everyone): sessions of published courses still open for enrollment, "
                    + "with a day in from..to, by first day; full ones too (seatsLeft 0: enrolling waitlists). "
                    + "scope=managed (vendor admin: all; partner admin: those their partner delivers): filters course, "
                    + "from, to, status (SCHEDULED, CANCELLED) and belowMinimum=true. scope=teaching (trainers): the "
                    + "sessions you are an instructor of. Paged: page from 0, size 1..100 (default 20); X-Total-Count.")
    @APIResponse(responseCode = "200", description = "Sessions by first day",
            headers = @Header(name = PagedResponse.TOTAL_COUNT, description = "Number of matching sessions"))
    public Response list(
            @Parameter(description = "open (default), managed or teaching") @QueryParam("scope") String scope,
            @Parameter(description = "Course code, e.g. SALES-301") @QueryParam("course") String course,
            @Parameter(description = "First date (YYYY-MM-DD) a session day may fall on") @QueryParam("from") String from,
            @Parameter(description = "Last date (YYYY-MM-DD) a session day may fall on") @QueryParam("to") String to,
            @Parameter(description = "SCHEDULED or CANCELLED (managed only)") @QueryParam("status") String status,
            @Parameter(description = "true: only sessions below their minimum to run (managed only)")
            @QueryParam("belowMinimum") String belowMinimum,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        var pageRequest = QueryParameters.page(page, size);
        String code = QueryParameters.text("course", course);
        switch (scope == null || scope.isBlank() ? "open" : scope.strip()) {
            case "open" -> {
                return PagedResponse.of(sessions.upcoming(date("from", from), date("to", to), code, pageRequest), uri);
            }
            case "managed" -> {
                var search = new SessionSearch(code, date("from", from), date("to", to),
                        QueryParameters.enumValue("status", status, SessionStatus.class), "true".equalsIgnoreCase(belowMinimum));
                return PagedResponse.of(sessions.list(search, pageRequest), uri);
            }
            case "teaching" -> {
                return PagedResponse.whole(attendance.mySessions());
            }
            default -> throw new InvalidParameterException("scope", "must be open, managed or teaching");
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "Schedule a session of an offering",
            description = "Days with local times in timeZone (IANA), venue and/or virtualLink, capacity 1..10000, "
                    + "minToRun, enrollmentClosesAt before the first day, deliveringPartnerId (none = the vendor; a partner "
                    + "admin: their own partner), instructorIds (trainers of the deliverer). Bad input: 400 naming each field.")
    public Response create(SessionInput input, @Context UriInfo uri) {
        var created = sessions.create(input);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "One session you manage, with its quotas and reservations")
    public SessionView session(@PathParam("id") long id) {
        return sessions.session(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "Change a session (same body as creating; the offering stays; capacity never below the seats held)")
    public SessionView edit(@PathParam("id") long id, SessionInput input) {
        return sessions.edit(id, input);
    }

    @PUT
    @Path("{id}/allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "Replace the per-partner quotas and reserved seats",
            description = "Reserved seats only on PRIVATE and ONSITE offerings, within the partner's quota, all together "
                    + "within the capacity.")
    public SessionView allocate(@PathParam("id") long id, SessionAllocations allocations) {
        return sessions.allocate(id, allocations);
    }

    @GET
    @Path("{id}/roster")
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "The seated learners and those offered a seat")
    public List<RosterEntry> roster(@PathParam("id") long id) {
        return sessions.roster(id);
    }

    @GET
    @Path("{id}/waitlist")
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "The waitlist in order, with positions from 1")
    public List<RosterEntry> waitlist(@PathParam("id") long id) {
        return sessions.waitlist(id);
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.VENDOR_ADMIN, Role.Names.PARTNER_ADMIN})
    @Operation(summary = "Cancel a session with a reason: every seat is released and the registrations are voided")
    public SessionView cancel(@PathParam("id") long id, SessionCancellation cancellation) {
        return sessions.cancel(id, cancellation);
    }

    @GET
    @Path("{id}/attendance")
    @RolesAllowed({Role.Names.TRAINER, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "The attendance sheet: the seated learners and their marks per day (instructors of the session)")
    public AttendanceSheet attendance(@PathParam("id") long id) {
        return attendance.sheet(id);
    }

    @PUT
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.TRAINER, Role.Names.VENDOR_ADMIN})
    @Operation(summary = "Mark one day: {day, marks: [{enrollmentId, present}]}",
            description = "A day the session does not have, or someone not seated on it: 400 naming the field, nothing written.")
    public AttendanceSheet mark(@PathParam("id") long id, AttendanceInput input) {
        return attendance.mark(id, input);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be a date as YYYY-MM-DD");
        }
    }
}
